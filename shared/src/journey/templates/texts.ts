import type { Locale } from '../../api.ts'
import type { TemplateId } from '../template.ts'
import type { LaneKey, StageKey } from './layouts.ts'

/** Cards of the example journey (an internet provider's connection); where each goes is in examples.ts. */
export type ExampleCardKey =
  | 'flyer'
  | 'callCentre'
  | 'installerVisit'
  | 'goalStableInternet'
  | 'feelCurious'
  | 'feelConfused'
  | 'feelAnnoyed'
  | 'feelRelieved'
  | 'feelPleased'
  | 'stepCheckAddress'
  | 'expectSlot'
  | 'barrierAddressCheck'
  | 'barrierOnHold'
  | 'barrierMissedSlot'
  | 'barrierRouterFee'
  | 'targetSlotOnline'
  | 'targetOnePrice'
  | 'targetChat'
  | 'whoSales'
  | 'whatThreeDays'
  | 'whenCall'
  | 'channelPhone'
  | 'toneFriendly'
  | 'gapSchedule'
  | 'iConfirmSlot'
  | 'weBookBlind'
  | 'clientWaits'
  | 'iExplainTariff'
  | 'clientUnderstands'

/** People who wrote the example cards, one per department. */
export type ExampleAuthorKey = 'anna' | 'boris' | 'maria' | 'oleg' | 'elena'

/** Every user-visible string of the templates in one language. */
export interface TemplateTexts {
  /** Template names (the template picker, and the title of the grid a template creates). */
  names: Record<TemplateId, string>
  /** One-line descriptions for the template picker. */
  descriptions: Record<TemplateId, string>
  stages: Record<StageKey, string>
  lanes: Record<LaneKey, { title: string; prompt: string }>
  example: {
    /** Appended to the grid title when the example is included. */
    subject: string
    authors: Record<ExampleAuthorKey, string>
    cards: Record<ExampleCardKey, string>
  }
}

const en: TemplateTexts = {
  names: {
    'base-cjm': 'Base CJM (as is)',
    'target-map': 'Target journey map (to be)',
    communications: 'Communications map',
    'i-we-client': 'I-We-Client',
    blank: 'Blank board',
  },
  descriptions: {
    'base-cjm': 'Touchpoints, goals, feelings, steps, expectations and barriers across the five stages',
    'target-map': "Heat map, target process, communications and channels through the client's eyes",
    communications: 'Who promises what to the client, when, in which channel and with which tone',
    'i-we-client': 'What I do, what we do, and what the client sees as a result, stage by stage',
    blank: 'An empty board',
  },
  stages: {
    stimulus: 'Stimulus',
    search: 'Information search',
    decision: 'Decision & purchase',
    use: 'Use & service',
    conclusions: 'Conclusions about further interaction',
  },
  lanes: {
    touchpoints: { title: 'Touchpoints', prompt: 'Where the client meets the company: channels, places, people' },
    goals: { title: 'JTBD – client goals', prompt: 'What job the client wants done at this stage' },
    feelings: { title: 'Client feelings', prompt: 'How the client feels: a score from −2 to +2' },
    steps: { title: 'Steps', prompt: 'What the client does, step by step' },
    expectations: { title: 'Expectations', prompt: 'What the client expects to happen' },
    barriers: { title: 'Barriers', prompt: 'Pain zones: what stops or annoys the client; severity 1–5' },
    heat: { title: 'Heat map', prompt: 'Pain zones with their severity; vote for the most important' },
    targetProcess: { title: "Target process through the client's eyes", prompt: 'How the process should look' },
    targetComms: { title: "Target communications through the client's eyes", prompt: 'What the client should hear' },
    channels: { title: "Communication channels through the client's eyes", prompt: 'Where the client wants to talk' },
    who: { title: 'Who', prompt: 'Which department or role speaks to the client' },
    what: { title: 'What', prompt: 'What we promise the client' },
    when: { title: 'When', prompt: 'At which moment of the stage' },
    channel: { title: 'Channel', prompt: 'Through which channel' },
    tone: { title: 'Tone', prompt: 'With which tone: formal, friendly, expert…' },
    gaps: { title: 'Gaps and contradictions', prompt: "Where departments' promises differ or break off" },
    i: { title: 'I', prompt: 'What I personally do and influence' },
    we: { title: 'We', prompt: 'What our department or company does and hands over to others' },
    client: { title: 'Client', prompt: 'What the client sees, feels and expects as a result' },
  },
  example: {
    subject: 'home internet connection',
    authors: { anna: 'Anna', boris: 'Boris', maria: 'Maria', oleg: 'Oleg', elena: 'Elena' },
    cards: {
      flyer: 'Flyer in the mailbox',
      callCentre: 'Call centre',
      installerVisit: "Installer's visit",
      goalStableInternet: 'Stable internet to work from home',
      feelCurious: 'Curious: the price looks good',
      feelConfused: 'Confused by the tariffs',
      feelAnnoyed: 'Annoyed: 15 minutes on hold',
      feelRelieved: 'Relieved: it works',
      feelPleased: 'Pleased: the speed is as promised',
      stepCheckAddress: 'Checks the address on the website',
      expectSlot: 'The installer comes in the agreed time slot',
      barrierAddressCheck: 'The address check fails for new buildings',
      barrierOnHold: '15 minutes on hold',
      barrierMissedSlot: 'The installer missed the agreed time slot',
      barrierRouterFee: 'Router setup costs extra',
      targetSlotOnline: 'Picks the installation slot online, gets an SMS an hour before',
      targetOnePrice: 'One price, every fee named up front',
      targetChat: 'Website chat that checks the address',
      whoSales: 'Call-centre sales agent',
      whatThreeDays: 'Connection within 3 days',
      whenCall: 'During the first call',
      channelPhone: 'Phone',
      toneFriendly: 'Friendly, no jargon',
      gapSchedule: 'Service books installations 5–7 days out: contradicts the sales promise',
      iConfirmSlot: 'I confirm the slot with the client by SMS',
      weBookBlind: "Sales books slots without seeing the installers' schedule",
      clientWaits: 'Took a day off and waited in vain; expects a call when we are late',
      iExplainTariff: 'I explain the tariff in plain words',
      clientUnderstands: 'Knows what they pay for before signing',
    },
  },
}

const ru: TemplateTexts = {
  names: {
    'base-cjm': 'Базовый CJM',
    'target-map': 'Целевая карта пути',
    communications: 'Карта коммуникаций',
    'i-we-client': 'Я-Мы-Клиент',
    blank: 'Пустая доска',
  },
  descriptions: {
    'base-cjm': 'Точки контакта, цели, чувства, шаги, ожидания и барьеры по пяти этапам',
    'target-map': 'Тепловая карта, целевой процесс, коммуникации и каналы глазами клиента',
    communications: 'Кто, что, когда, в каком канале и с каким тоном обещает клиенту',
    'i-we-client': 'Что делаю я, что делаем мы и что в итоге видит клиент — по этапам',
    blank: 'Пустая доска',
  },
  stages: {
    stimulus: 'Стимул',
    search: 'Сбор информации',
    decision: 'Принятие решения и покупка',
    use: 'Использование и сервис',
    conclusions: 'Выводы о дальнейшем взаимодействии',
  },
  lanes: {
    touchpoints: { title: 'Точки контакта', prompt: 'Где клиент встречается с компанией: каналы, места, люди' },
    goals: { title: 'JTBD – цели клиента', prompt: 'Какую задачу клиент решает на этом этапе' },
    feelings: { title: 'Чувства клиента', prompt: 'Что чувствует клиент: оценка от −2 до +2' },
    steps: { title: 'Шаги', prompt: 'Что клиент делает, шаг за шагом' },
    expectations: { title: 'Ожидания', prompt: 'Чего клиент ожидает' },
    barriers: { title: 'Барьеры', prompt: 'Болевые зоны: что мешает или раздражает клиента; серьёзность 1–5' },
    heat: { title: 'Тепловая карта', prompt: 'Болевые зоны с оценкой серьёзности; голосуйте за самые важные' },
    targetProcess: { title: 'Целевой процесс глазами клиента', prompt: 'Каким процесс должен видеться клиенту' },
    targetComms: { title: 'Целевые коммуникации глазами клиента', prompt: 'Что клиент должен услышать от нас' },
    channels: { title: 'Каналы коммуникаций глазами клиента', prompt: 'Где клиенту удобно с нами общаться' },
    who: { title: 'Кто', prompt: 'Какой отдел или роль говорит с клиентом' },
    what: { title: 'Что', prompt: 'Что мы обещаем клиенту' },
    when: { title: 'Когда', prompt: 'В какой момент этапа' },
    channel: { title: 'Канал', prompt: 'В каком канале' },
    tone: { title: 'Тон', prompt: 'С каким тоном: официально, дружелюбно, экспертно…' },
    gaps: { title: 'Разрывы и противоречия', prompt: 'Где обещания отделов расходятся или обрываются' },
    i: { title: 'Я', prompt: 'Что я лично делаю и на что влияю' },
    we: { title: 'Мы', prompt: 'Что делает наш отдел или компания и что передаёт другим' },
    client: { title: 'Клиент', prompt: 'Что клиент в итоге видит, чувствует и ожидает' },
  },
  example: {
    subject: 'подключение домашнего интернета',
    authors: { anna: 'Анна', boris: 'Борис', maria: 'Мария', oleg: 'Олег', elena: 'Елена' },
    cards: {
      flyer: 'Листовка в почтовом ящике',
      callCentre: 'Колл-центр',
      installerVisit: 'Визит монтажника',
      goalStableInternet: 'Стабильный интернет для работы из дома',
      feelCurious: 'Интересно: цена выглядит выгодной',
      feelConfused: 'Запутался в тарифах',
      feelAnnoyed: 'Раздражение: 15 минут на линии',
      feelRelieved: 'Облегчение: всё работает',
      feelPleased: 'Доволен: скорость как обещали',
      stepCheckAddress: 'Проверяет адрес на сайте',
      expectSlot: 'Монтажник приходит в согласованное время',
      barrierAddressCheck: 'Проверка адреса не работает для новостроек',
      barrierOnHold: '15 минут ожидания на линии',
      barrierMissedSlot: 'Монтажник не пришёл в согласованное время',
      barrierRouterFee: 'Настройка роутера — за отдельную плату',
      targetSlotOnline: 'Выбирает время монтажа онлайн, за час получает SMS',
      targetOnePrice: 'Одна цена, все платежи названы заранее',
      targetChat: 'Чат на сайте с проверкой адреса',
      whoSales: 'Менеджер по продажам в колл-центре',
      whatThreeDays: 'Подключение за 3 дня',
      whenCall: 'Во время первого звонка',
      channelPhone: 'Телефон',
      toneFriendly: 'Дружелюбно, без жаргона',
      gapSchedule: 'Сервис записывает на монтаж через 5–7 дней: противоречит обещанию продаж',
      iConfirmSlot: 'Я подтверждаю время визита клиенту по SMS',
      weBookBlind: 'Продажи записывают на монтаж, не видя графика монтажников',
      clientWaits: 'Взял отгул и прождал зря; ждёт звонка, если мы опаздываем',
      iExplainTariff: 'Я объясняю тариф простыми словами',
      clientUnderstands: 'До подписания понимает, за что платит',
    },
  },
}

const TEMPLATE_TEXTS: Readonly<Record<Locale, TemplateTexts>> = { en, ru }

/** The templates' strings in a board language. */
export function getTemplateTexts(locale: Locale): TemplateTexts {
  return TEMPLATE_TEXTS[locale]
}
