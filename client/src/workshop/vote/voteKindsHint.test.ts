import i18next from 'i18next'
import { beforeAll, expect, test } from 'vitest'
import { translateCards } from '../../journey/i18n'
import { translateWorkshop } from '../i18n'
import { describeVoteKindsHint } from './voteKindsHint'

// i18next is one instance per worker, shared with other files: each test sets the language it reads.
beforeAll(async () => {
  await i18next.init({ lng: 'ru', fallbackLng: 'en', resources: {}, interpolation: { escapeValue: false } })
})

test('with «Барьер» ticked the hint names it and never says nothing is ticked', async () => {
  await i18next.changeLanguage('ru')
  const hint = describeVoteKindsHint(['barrier'], translateWorkshop, translateCards)
  expect(hint).toContain('Барьер')
  expect(hint).not.toContain('Ничего не отмечено')
})

test('with nothing ticked the hint says every card is voted on', async () => {
  await i18next.changeLanguage('ru')
  expect(describeVoteKindsHint([], translateWorkshop, translateCards)).toContain('Ничего не отмечено')
})

test('several kinds are all named, in English too', async () => {
  await i18next.changeLanguage('en')
  const hint = describeVoteKindsHint(['barrier', 'idea'], translateWorkshop, translateCards)
  expect(hint).toMatch(/Barrier.*Idea/)
  expect(hint).not.toContain('None ticked')
})
