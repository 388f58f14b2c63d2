import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { getStrategyTexts, STRATEGY_PARTS, type StrategyPartId } from '@cxmap/shared'
import type { Locator, Page } from '@playwright/test'
import { readDocxHeadings, readDocxParagraphs } from '../../server/test/zipEntry.ts'
import { expect, test, type User } from '../support/fixtures.ts'
import { chooseOption } from '../support/pages/IdentityDialog.ts'
import { PersonasView } from '../support/pages/PersonasView.ts'
import { paths } from '../support/paths.ts'
import { compact, readPdf } from '../support/pdf.ts'

// The strategy page «CX-стратегия»: two people on a Russian board; one fills the stakeholder matrix and a persona on
// the map, the other watches the parts fill in live; both write the sustainability text at once; the DOCX and the PDF
// carry it all, in Russian, as text.

const RU = getStrategyTexts('ru')
const PDF_TIMEOUT_MS = 90_000
const SCREENSHOT_SIZES = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
]

/** The strategy page of one person. */
class StrategyView {
  readonly page: Page
  readonly root: Locator

  constructor(readonly user: User) {
    this.page = user.page
    this.root = this.page.getByTestId('strategy-page')
  }

  async open(): Promise<void> {
    await this.page.getByTestId('view-strategy').click()
    await expect(this.root).toBeVisible()
  }

  part(id: StrategyPartId): Locator {
    return this.page.getByTestId(`strategy-part-${id}`)
  }

  text(id: 'stakeholders' | 'sustainability'): Locator {
    return this.page.getByTestId(`strategy-text-${id}`)
  }
}

async function openInRussian(user: User, link: string): Promise<void> {
  await user.openBoard(link)
  await user.board.waitConnected()
  await chooseOption(user.board.localeSwitch, 'ru')
  await expect(user.page.locator('html')).toHaveAttribute('lang', 'ru')
}

/** The part's Y.Text as the board's doc holds it. */
function storedText(user: User, partId: string): Promise<string> {
  return user.page.evaluate((id) => {
    const texts = window.__cxmap!.doc.getMap('strategy').get('texts') as { get(key: string): unknown } | undefined
    return String(texts?.get(id) ?? '')
  }, partId)
}

test.describe('the CX strategy page', () => {
  test('fills in live from the board, merges two people’s text, and exports as DOCX and PDF', async ({
    api,
    openUser,
    request,
  }, testInfo) => {
    test.setTimeout(240_000)
    const board = await api.createBoard('Доставка мебели', { locale: 'ru', template: 'base-cjm', withExample: true })
    const anna = await openUser({ name: 'Анна', department: 'Маркетинг' })
    const boris = await openUser({ name: 'Борис', department: 'Продажи' })
    await openInRussian(anna, board.links.facilitator)
    await openInRussian(boris, board.links.editor)
    const borisStrategy = new StrategyView(boris)
    const annaStrategy = new StrategyView(anna)

    // Boris opens the strategy: the ten parts in the seed's order, in Russian; no stakeholders, no personas yet.
    await borisStrategy.open()
    await expect(boris.page.locator('.st-part__title')).toHaveText(
      STRATEGY_PARTS.map((part, index) => `${index + 1}. ${RU.parts[part]}`),
    )
    await expect(borisStrategy.part('stakeholders')).toHaveAttribute('data-status', 'missing')
    await expect(borisStrategy.part('personas')).toHaveAttribute('data-status', 'missing')
    await expect(borisStrategy.part('journeys')).not.toHaveAttribute('data-status', 'missing')
    await expect(borisStrategy.part('stakeholders').getByTestId('strategy-missing-stakeholders')).toContainText(
      RU.missing['stakeholders.none'],
    )

    // "Where to add it" leads to the map with the stakeholder matrix open, and the personas panel; then back.
    await boris.page.getByTestId('strategy-go-stakeholders-stakeholders').click()
    await expect(boris.page.getByTestId('stakeholder-matrix')).toBeVisible()
    await expect(borisStrategy.root).toHaveCount(0)
    await boris.page.getByTestId('stakeholders-close').click()
    await borisStrategy.open()
    await boris.page.getByTestId('strategy-go-personas-personas').click()
    await expect(boris.page.getByTestId('personas-panel')).toBeVisible()
    await boris.page.getByTestId('personas-button').click()
    await expect(boris.page.getByTestId('personas-panel')).toBeHidden()
    await borisStrategy.open()

    // Anna, on the map, adds a stakeholder in the matrix: Boris's part 1 fills in.
    await anna.page.getByTestId('stakeholders-button').click()
    await anna.page.getByTestId('stakeholder-add').click()
    const row = anna.page.getByTestId('stakeholder-row').first()
    await expect(row.getByTestId('stakeholder-name')).toBeFocused()
    await anna.page.keyboard.type('Колл-центр')
    await row.getByTestId('stakeholder-wants').fill('Меньше повторных звонков')
    await row.getByTestId('stakeholder-ifSuccess').fill('Вопрос решен с первого раза')
    await row.getByTestId('stakeholder-ifSuccess').blur()
    await expect(borisStrategy.part('stakeholders')).toHaveAttribute('data-status', 'partial')
    await expect(boris.page.getByTestId('strategy-stakeholders-table')).toContainText('Колл-центр')
    await expect(boris.page.getByTestId('strategy-stakeholders-table')).toContainText('Меньше повторных звонков')
    await anna.page.getByTestId('stakeholders-close').click()
    await expect(borisStrategy.part('stakeholders').getByTestId('strategy-missing-stakeholders')).toContainText(
      RU.missing['stakeholders.balance'],
    )

    // Anna adds two personas in the personas panel: Boris's part 4 fills in.
    const annaPersonas = new PersonasView(anna)
    await annaPersonas.open()
    await annaPersonas.add('Ольга, молодая мама', 'Семьи с детьми')
    await expect(borisStrategy.part('personas')).not.toHaveAttribute('data-status', 'missing')
    await expect(borisStrategy.part('personas')).toContainText('Ольга, молодая мама')
    await annaPersonas.add('Студент Олег', 'Молодежь')
    await expect(borisStrategy.part('personas').locator('[data-persona-id]')).toHaveCount(2)
    await expect(borisStrategy.part('personas')).toContainText('Молодежь')

    // Both write the sustainability text at the same time: each sees the other's words, in one merged text.
    await annaStrategy.open()
    const annaText = annaStrategy.text('sustainability')
    const borisText = borisStrategy.text('sustainability')
    await annaText.click()
    await anna.page.keyboard.type('Честные сроки.')
    await expect(borisText).toHaveValue('Честные сроки.')
    await borisText.click()
    await boris.page.keyboard.press('End')
    await anna.page.keyboard.press('Home')
    await Promise.all([
      anna.page.keyboard.type('Этика: ', { delay: 20 }),
      boris.page.keyboard.type(' Эмпатия в сервисе.', { delay: 20 }),
    ])
    const merged = 'Этика: Честные сроки. Эмпатия в сервисе.'
    await expect(annaText).toHaveValue(merged)
    await expect(borisText).toHaveValue(merged)
    expect(await storedText(boris, 'sustainability')).toBe(merged)
    await expect(borisStrategy.part('sustainability')).toHaveAttribute('data-status', 'complete')
    // Anna writes the balance of interests: part 1 is complete, for Boris too.
    await annaStrategy.text('stakeholders').fill('Колл-центр важнее скорости продаж: повторные звонки стоят дороже.')
    await expect(borisStrategy.text('stakeholders')).toHaveValue(/^Колл-центр важнее/)
    await expect(borisStrategy.part('stakeholders')).toHaveAttribute('data-status', 'complete')
    await expect(borisStrategy.part('stakeholders').getByTestId('strategy-missing-stakeholders')).toHaveCount(0)

    // The maturity self-assessment: Boris ticks two signs of the reactive stage; Anna sees the result.
    await boris.page.getByTestId('maturity-sign-reactive-barriers').check()
    await boris.page.getByTestId('maturity-sign-reactive-complaints').check()
    await expect(anna.page.getByTestId('maturity-sign-reactive-barriers')).toBeChecked()
    await expect(anna.page.getByTestId('maturity-result')).toContainText(RU.stages.reactive.name)
    await expect(anna.page.getByTestId('maturity-result')).toContainText(RU.stages.proactive.name)

    // A viewer reads the page, the merged text included, and has nothing to change it with.
    const vera = await openUser({ name: 'Вера', department: 'Сервис' })
    await openInRussian(vera, board.links.viewer)
    const veraStrategy = new StrategyView(vera)
    await veraStrategy.open()
    await expect(veraStrategy.text('sustainability')).toHaveValue(merged)
    await expect(veraStrategy.text('sustainability')).toHaveAttribute('readonly', '')
    await expect(vera.page.getByTestId('maturity-sign-reactive-barriers')).toBeDisabled()
    await expect(veraStrategy.part('stakeholders')).toHaveAttribute('data-status', 'complete')
    await expect(veraStrategy.part('communications').getByTestId('strategy-missing-communications')).toBeVisible()
    await expect(veraStrategy.root.locator('[data-testid^="strategy-go-"]')).toHaveCount(0)

    // The DOCX from the export menu: the ten parts as headings, the stakeholder, the persona and the merged text.
    await anna.page.getByTestId('export-button').click()
    const downloading = anna.page.waitForEvent('download')
    await anna.page.getByTestId('export-strategy-docx').click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    const docx = new Uint8Array(await readFile((await download.path())!))
    await testInfo.attach('strategy.docx', { body: Buffer.from(docx), contentType: 'application/octet-stream' })
    expect(readDocxHeadings(docx)).toEqual(STRATEGY_PARTS.map((part, index) => `${index + 1}. ${RU.parts[part]}`))
    const paragraphs = readDocxParagraphs(docx).join('\n')
    for (const text of ['Колл-центр', 'Ольга, молодая мама', merged]) expect(paragraphs).toContain(text)

    // Boris downloads it from the strategy page itself.
    const fromPage = boris.page.waitForEvent('download')
    await boris.page.getByTestId('strategy-export-docx').click()
    expect((await fromPage).suggestedFilename()).toMatch(/strategy\.docx$/)

    // The PDF's strategy section, with the cover and contents: Russian text, selectable.
    const response = await request.get(`/api/boards/${board.id}/export.pdf?lang=ru&sections=cover,contents,strategy`, {
      headers: { authorization: `Bearer ${board.tokens.viewer}` },
      timeout: PDF_TIMEOUT_MS,
    })
    expect(response.status(), await response.text().catch(() => '')).toBe(200)
    const pdf = await response.body()
    await mkdir(path.join(paths.artifacts, 'strategy'), { recursive: true })
    await writeFile(path.join(paths.artifacts, 'strategy', 'strategy.pdf'), pdf)
    await testInfo.attach('strategy.pdf', { body: pdf, contentType: 'application/pdf' })
    const text = compact((await readPdf(pdf)).map((page) => page.text).join(' '))
    for (const expected of [
      'CX-стратегия: готово частей',
      '§3 CX-стратегия',
      RU.parts.stakeholders,
      RU.parts.sustainability,
      'Колл-центр',
      merged,
    ]) {
      expect(text, expected).toContain(compact(expected))
    }

    // Screenshots of Boris's page at two sizes, the answered self-assessment folded to its result.
    await boris.page.getByTestId('maturity-toggle').click()
    await expect(boris.page.getByTestId('maturity-result')).toBeHidden()
    const dir = path.join(paths.artifacts, 'strategy')
    await mkdir(dir, { recursive: true })
    for (const size of SCREENSHOT_SIZES) {
      await boris.page.setViewportSize(size)
      await boris.page.locator('.st-page__parts').evaluate((element) => element.scrollTo(0, 0))
      await boris.page.screenshot({ path: path.join(dir, `strategy-page-${size.width}x${size.height}.png`) })
    }
    await borisStrategy.part('personas').scrollIntoViewIfNeeded()
    await boris.page.screenshot({ path: path.join(dir, 'strategy-parts-1440x900.png') })
  })
})
