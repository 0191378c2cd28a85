/**
 * Pronouns that can stand for a speaker (`"…," he said`), lower case, with
 * what they tell about the one they stand for.
 */

/** Who a pronoun can stand for. */
export interface PronounEntry {
  /** The pronoun, lower case. */
  word: string
  /** `male`, `female`, or `any`. */
  gender: 'male' | 'female' | 'any'
  /** `person` for one person, `group` for several or an organisation, `self` for the writer. */
  refers: 'person' | 'group' | 'self'
}

/** Subject pronouns. */
export const pronouns: ReadonlyArray<PronounEntry> = [
  {word: 'he', gender: 'male', refers: 'person'},
  {word: 'she', gender: 'female', refers: 'person'},
  {word: 'they', gender: 'any', refers: 'group'},
  {word: 'it', gender: 'any', refers: 'group'},
  {word: 'we', gender: 'any', refers: 'self'},
  {word: 'i', gender: 'any', refers: 'self'}
]

/** Other forms that show a person's gender (`his country`, `told her`). */
export const genderedForms: ReadonlyArray<PronounEntry> = [
  {word: 'he', gender: 'male', refers: 'person'},
  {word: 'him', gender: 'male', refers: 'person'},
  {word: 'his', gender: 'male', refers: 'person'},
  {word: 'himself', gender: 'male', refers: 'person'},
  {word: 'she', gender: 'female', refers: 'person'},
  {word: 'her', gender: 'female', refers: 'person'},
  {word: 'hers', gender: 'female', refers: 'person'},
  {word: 'herself', gender: 'female', refers: 'person'}
]
