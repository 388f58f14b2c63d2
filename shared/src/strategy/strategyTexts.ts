import type { Locale } from '../api.ts'
import type { MaturityStage } from './maturity.ts'
import type { StrategyPartId } from './parts.ts'
import type { StakeholderGroup } from './stakeholder.ts'
import type { StrategyMissingKey } from './strategyReport.ts'

/** The strategy's texts in one language: part titles, stakeholder groups, maturity stages and signs. */
export interface StrategyTexts {
  /** The strategy document's title. */
  title: string
  /** The ten parts' titles (the seed's wording). */
  parts: Record<StrategyPartId, string>
  /** Stakeholder group names. */
  groups: Record<StakeholderGroup, string>
  /** Prompts of a group's row: what they typically want, and what success brings them. */
  groupPrompts: Record<StakeholderGroup, { wants: string; ifSuccess: string }>
  /** Maturity stage names and the question a company at that stage asks. */
  stages: Record<MaturityStage, { name: string; question: string }>
  /** Maturity sign texts by sign id (every id of MATURITY_SIGNS). */
  signs: Record<string, string>
  /** What a part misses, by `StrategyMissing.what`. */
  missing: Record<StrategyMissingKey, string>
}

const en: StrategyTexts = {
  title: 'CX strategy',
  parts: {
    stakeholders: 'Managing the expectations of all stakeholders',
    journeys: 'Customer journey and experience maps',
    requirements: 'Expectations and requirements for product and process',
    personas: 'Dynamic segmentation and personas',
    communications: 'Communications map',
    metrics: 'Metrics: business and client',
    engagement: 'Engagement of the whole company',
    monetisation: 'Monetisation at touchpoints',
    roadmap: "Roadmap with the stakeholders' interests",
    sustainability: 'Sustainable development',
  },
  groups: {
    shareholders: 'Shareholders',
    clients: 'Clients',
    departments: 'Departments',
    partners: 'Partners',
    regulator: 'Regulator',
    custom: 'Other',
  },
  groupPrompts: {
    shareholders: { wants: 'Growth of revenue, CLTV and share of repeat purchases', ifSuccess: 'Predictable returns' },
    clients: { wants: 'Simple, fast, respectful service at every stage', ifSuccess: 'Less effort, more trust' },
    departments: { wants: 'Clear roles, fewer complaints, workable targets', ifSuccess: 'Fewer escalations' },
    partners: { wants: 'Fair terms and a shared view of the client', ifSuccess: 'More joint sales' },
    regulator: { wants: 'Compliance, transparency, protection of clients', ifSuccess: 'Fewer findings' },
    custom: { wants: 'What do they want from the CX programme?', ifSuccess: 'What changes for them?' },
  },
  stages: {
    reactive: { name: 'Reactive', question: 'We have complaints: how do we reduce them?' },
    proactive: { name: 'Proactive', question: 'Not every process suits clients: how do we prevent dissatisfaction?' },
    'cx-strategy': { name: 'CX strategy', question: 'We need target CJMs with criteria to check project initiatives' },
    'cltv-monetisation': { name: 'CLTV and monetisation', question: "We count the client's impact on the business" },
  },
  signs: {
    'reactive-episodic-nps': 'NPS and CSI are checked now and then',
    'reactive-role-unclear': "Employees outside CX hardly see the client's role",
    'reactive-barriers': 'Barriers are analysed',
    'reactive-complaints': 'Complaints and requests are handled',
    'proactive-cx-kpi': 'CX KPIs are introduced',
    'proactive-first-cjm': 'First CJMs and satisfaction research',
    'proactive-simple-processes': "Processes are simplified, clients' pains are treated",
    'proactive-prevent-complaints': 'Complaints are prevented, mystery shoppers',
    'strategy-living-maps': 'Living journey maps are the basis of transformation and sales',
    'strategy-kpi-everyone': 'Every employee has CX KPIs, engagement grows',
    'strategy-target-processes': 'Seamless target processes',
    'strategy-voice-of-customer': '“Voice of the Customer”, metrics tracked over time',
    'cltv-expectations': 'Expectations are managed at every stage and anticipated',
    'cltv-churn': 'Churn and renewal are managed',
    'cltv-retention': '70%+ renewal, 15%+ share of repeat purchases',
    'cltv-key-metric': 'CLTV is the key CX metric',
  },
  missing: {
    'stakeholders.none': 'No stakeholders yet: fill the stakeholder matrix',
    'stakeholders.wants': 'Some stakeholders have no expectations written',
    'stakeholders.ifSuccess': 'Some stakeholders lack what changes for them if CX succeeds',
    'stakeholders.balance': 'The balance of stakeholder interests is not written',
    'journeys.asIs': 'No as-is journey map with cards',
    'journeys.emptyStages': 'The as-is journey has stages without cards',
    'journeys.toBe': 'No target (to-be) journey map',
    'requirements.expectations': 'No client expectations on the maps',
    'requirements.barriers': 'No barriers on the maps',
    'requirements.initiatives': 'No barrier or expectation has been sent to the roadmap',
    'personas.none': 'No personas yet',
    'personas.goals': 'Some personas have no goals (JTBD)',
    'personas.grid': 'No journey is assigned to a persona',
    'communications.map': 'No communications map',
    'communications.messages': 'The communications map has no messages',
    'communications.owners': 'Some messages or channels have no department',
    'metrics.stages': 'No stage carries a metric',
    'metrics.values': 'No metric has a current value',
    'metrics.targets': 'No metric has a target value',
    'metrics.effects': 'No initiative names the metrics it moves',
    'engagement.touchpoints': 'No touchpoints on the maps',
    'engagement.owners': 'Some stages have touchpoints no department owns',
    'engagement.initiatives': 'No department owns a roadmap initiative',
    'monetisation.opportunities': 'No monetisation cards or touchpoints with value fields',
    'monetisation.revenue': 'No revenue estimate at any touchpoint',
    'roadmap.initiatives': 'The roadmap has no initiatives',
    'roadmap.waves': 'Not every wave of the roadmap has an initiative',
    'roadmap.owners': 'Some initiatives have no owner department',
    'roadmap.stakeholders': 'No initiative names the stakeholders it serves',
    'sustainability.text': 'Sustainable development (ethics, trust, empathy) is not written',
  },
}

const ru: StrategyTexts = {
  title: 'CX-стратегия',
  parts: {
    stakeholders: 'Управление ожиданиями всех стейкхолдеров',
    journeys: 'Карты пути и опыта клиентов',
    requirements: 'Ожидания и требования к продукту и процессу',
    personas: 'Динамическая сегментация, персона-моделирование',
    communications: 'Карта коммуникаций',
    metrics: 'Метрики: бизнес и клиент',
    engagement: 'Вовлеченность всей компании',
    monetisation: 'Стратегия монетизации на точках контакта',
    roadmap: 'Дорожная карта с учетом интересов стейкхолдеров',
    sustainability: 'Устойчивое развитие',
  },
  groups: {
    shareholders: 'Акционеры',
    clients: 'Клиенты',
    departments: 'Подразделения',
    partners: 'Партнеры',
    regulator: 'Регулятор',
    custom: 'Другие',
  },
  groupPrompts: {
    shareholders: { wants: 'Рост выручки, CLTV и доли повторных покупок', ifSuccess: 'Предсказуемая доходность' },
    clients: {
      wants: 'Простой, быстрый и уважительный сервис на каждом этапе',
      ifSuccess: 'Меньше усилий, больше доверия',
    },
    departments: { wants: 'Понятные роли, меньше жалоб, достижимые KPI', ifSuccess: 'Меньше эскалаций' },
    partners: { wants: 'Честные условия и общее видение клиента', ifSuccess: 'Больше совместных продаж' },
    regulator: { wants: 'Соблюдение требований, прозрачность, защита клиентов', ifSuccess: 'Меньше предписаний' },
    custom: { wants: 'Чего они ждут от CX-программы?', ifSuccess: 'Что изменится для них?' },
  },
  stages: {
    reactive: { name: 'Реактивный', question: 'У нас есть жалобы, как нам их снизить?' },
    proactive: {
      name: 'Проактивный',
      question: 'Клиентам удобны не все процессы, как нам предотвратить неудовлетворенность?',
    },
    'cx-strategy': {
      name: 'CX-стратегия',
      question: 'Нам нужны целевые CJM с критериями проверки проектных инициатив',
    },
    'cltv-monetisation': { name: 'CLTV, монетизация', question: 'Мы считаем влияние клиента на бизнес' },
  },
  signs: {
    'reactive-episodic-nps': 'Эпизодические проверки NPS и CSI',
    'reactive-role-unclear': 'Низкое понимание роли клиента у сотрудников вне CX',
    'reactive-barriers': 'Анализ барьеров',
    'reactive-complaints': 'Работа с обращениями',
    'proactive-cx-kpi': 'Внедрение KPI клиентского опыта',
    'proactive-first-cjm': 'Первые CJM, исследование удовлетворенности',
    'proactive-simple-processes': 'Упрощение процессов, лечение болей клиентов',
    'proactive-prevent-complaints': 'Предотвращение жалоб, тайные покупатели',
    'strategy-living-maps': 'Живые карты клиентского пути как основа трансформации и продаж',
    'strategy-kpi-everyone': 'KPI клиентского опыта у всех сотрудников, рост вовлеченности',
    'strategy-target-processes': 'Бесшовные целевые процессы',
    'strategy-voice-of-customer': '«Голос Клиента», отслеживание динамики показателей',
    'cltv-expectations': 'Управление ожиданиями на всех этапах, предвосхищение ожиданий',
    'cltv-churn': 'Управление оттоком и возобновляемостью',
    'cltv-retention': '70%+ возобновляемость, 15%+ доля повторных покупок',
    'cltv-key-metric': 'CLTV — ключевой показатель CX',
  },
  missing: {
    'stakeholders.none': 'Нет стейкхолдеров: заполните матрицу заинтересованных лиц',
    'stakeholders.wants': 'Не у всех стейкхолдеров записаны ожидания',
    'stakeholders.ifSuccess': 'Не у всех стейкхолдеров записано, что изменится при успехе CX-программы',
    'stakeholders.balance': 'Не описан баланс интересов стейкхолдеров',
    'journeys.asIs': 'Нет базовой карты пути с карточками',
    'journeys.emptyStages': 'В базовой карте пути есть этапы без карточек',
    'journeys.toBe': 'Нет целевой карты пути',
    'requirements.expectations': 'На картах нет ожиданий клиента',
    'requirements.barriers': 'На картах нет барьеров',
    'requirements.initiatives': 'Ни один барьер или ожидание не отправлены в дорожную карту',
    'personas.none': 'Нет персон',
    'personas.goals': 'Не у всех персон записаны цели (JTBD)',
    'personas.grid': 'Ни одна карта пути не назначена персоне',
    'communications.map': 'Нет карты коммуникаций',
    'communications.messages': 'На карте коммуникаций нет сообщений',
    'communications.owners': 'У части сообщений и каналов нет подразделения',
    'metrics.stages': 'Ни у одного этапа нет метрики',
    'metrics.values': 'Ни у одной метрики нет текущего значения',
    'metrics.targets': 'Ни у одной метрики нет целевого значения',
    'metrics.effects': 'Ни одна инициатива не называет метрики, на которые влияет',
    'engagement.touchpoints': 'На картах нет точек контакта',
    'engagement.owners': 'На некоторых этапах точки контакта без ответственного подразделения',
    'engagement.initiatives': 'Ни одно подразделение не отвечает за инициативу дорожной карты',
    'monetisation.opportunities': 'Нет карточек монетизации и точек контакта с ценностью',
    'monetisation.revenue': 'Ни у одной точки контакта нет оценки выручки',
    'roadmap.initiatives': 'В дорожной карте нет инициатив',
    'roadmap.waves': 'Не в каждой волне дорожной карты есть инициатива',
    'roadmap.owners': 'У части инициатив нет ответственного подразделения',
    'roadmap.stakeholders': 'Ни одна инициатива не называет стейкхолдеров, интересы которых учитывает',
    'sustainability.text': 'Не описано устойчивое развитие (этика, доверие, эмпатия)',
  },
}

const STRATEGY_TEXTS: Readonly<Record<Locale, StrategyTexts>> = { en, ru }

/** The strategy's texts in `locale`. */
export function getStrategyTexts(locale: Locale): StrategyTexts {
  return STRATEGY_TEXTS[locale]
}
