/**
 * Titles and roles that stand before or after a person's name: in bylines
 * (`Staff Writer`, `AP Sports Writer`) and in attributions (`Belarusian
 * analyst Valery Karbalevich`, `Prime Minister Narendra Modi`).
 */

/** Words of a journalist's title in a byline, lower case. */
export const bylineTitleWords: ReadonlySet<string> = new Set([
  'staff', 'writer', 'writers', 'editor', 'editors', 'reporter', 'reporters', 'correspondent', 'correspondents',
  'columnist', 'contributor', 'contributing', 'producer', 'senior', 'chief', 'special', 'national', 'political',
  'politics', 'sports', 'business', 'science', 'medical', 'health', 'legal', 'diplomatic', 'foreign', 'economics',
  'economic', 'bureau', 'deputy', 'managing', 'associate', 'assistant', 'executive', 'investigative', 'auto',
  'aerospace', 'entertainment', 'technology', 'tech', 'film', 'music', 'arts', 'travel', 'food', 'fashion',
  'white', 'house', 'capitol', 'hill', 'washington', 'intern', 'photographer', 'news', 'desk', 'team', 'digital',
  'online', 'web', 'analyst', 'critic', 'anchor', 'host', 'presenter', 'journalist', 'freelance', 'global',
  'international', 'europe', 'asia', 'africa', 'america', 'americas', 'middle', 'east', 'india', 'china', 'chief',
  'contributors', 'special', 'correspondant'
])

/** Words that end a byline title (one of them must be present for a title to be cut). */
export const bylineTitleHeads: ReadonlySet<string> = new Set([
  'writer', 'writers', 'editor', 'editors', 'reporter', 'reporters', 'correspondent', 'correspondents', 'columnist',
  'contributor', 'contributors', 'producer', 'analyst', 'critic', 'anchor', 'host', 'presenter', 'journalist',
  'photographer', 'intern', 'staff', 'desk', 'team', 'bureau'
])

/**
 * Honorifics and titles before a name, lower case, without the full stop
 * (`Mr`, `Dr`, `Sen`, `Gov`, `President`).
 */
export const honorifics: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
  'fr', 'father', 'sister', 'brother', 'rabbi', 'imam', 'sheikh', 'shri', 'sri', 'smt', 'datuk', 'seri', 'tan',
  'dato', 'hon', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'lt', 'gen', 'general', 'col',
  'colonel', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant', 'adm', 'admiral', 'cmdr', 'commander', 'cpl',
  'pvt', 'det', 'detective', 'insp', 'inspector', 'supt', 'superintendent', 'officer', 'judge', 'justice',
  'president', 'vice', 'prime', 'minister', 'chancellor', 'secretary', 'mayor', 'ambassador', 'king', 'queen',
  'prince', 'princess', 'pope', 'cardinal', 'bishop', 'archbishop', 'chairman', 'chairwoman', 'chair', 'ceo',
  'coach', 'attorney', 'speaker', 'leader', 'chief', 'deputy', 'state', 'foreign', 'defense', 'defence', 'finance',
  'interior', 'home', 'health', 'premier', 'pm', 'mp', 'mla', 'mep', 'congressman', 'congresswoman', 'councillor',
  'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'sheriff', 'commissioner', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'analyst', 'economist', 'professor', 'former', 'acting', 'then', 'u.s.', 'us',
  'senior', 'top', 'white', 'house', 'press', 'belarusian', 'russian', 'american', 'british', 'chinese', 'indian',
  'french', 'german', 'ukrainian', 'israeli', 'palestinian', 'iranian', 'japanese', 'korean', 'north', 'south',
  'democratic', 'republican', 'gop', 'labour', 'conservative', 'liberal'
])

/**
 * Roles that describe a speaker, lower case: they stand before a name
 * (`Belarusian analyst Valery Karbalevich`, `Foreign Minister Sergei
 * Lavrov`), after it (`Smith, a spokesman`), or for it (`the minister said`).
 */
export const speakerRoles: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'analyst', 'analysts',
  'minister', 'president', 'director', 'secretary', 'chairman', 'chairwoman', 'chair', 'leader', 'senator',
  'governor', 'mayor', 'lawyer', 'attorney', 'prosecutor', 'prosecutors', 'judge', 'justice', 'expert', 'experts',
  'professor', 'economist', 'economists', 'researcher', 'scientist', 'strategist', 'adviser', 'advisor', 'aide',
  'manager', 'executive', 'founder', 'owner', 'chief', 'head', 'coach', 'captain', 'commander', 'general',
  'officer', 'agent', 'ambassador', 'envoy', 'diplomat', 'candidate', 'nominee', 'lawmaker', 'legislator',
  'congressman', 'congresswoman', 'representative', 'councillor', 'councilman', 'councilwoman', 'activist',
  'campaigner', 'organizer', 'organiser', 'witness', 'author', 'writer', 'columnist', 'editor', 'reporter',
  'journalist', 'host', 'anchor', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'pope',
  'cardinal', 'bishop', 'archbishop', 'priest', 'pastor', 'imam', 'rabbi', 'doctor', 'surgeon', 'physician',
  'teacher', 'principal', 'ceo', 'historian', 'pollster', 'consultant', 'operative', 'counsel', 'commissioner',
  'regulator', 'treasurer', 'sheriff', 'detective', 'investigator', 'inspector', 'superintendent', 'speaker',
  'deputy', 'assistant', 'vice', 'presenter', 'producer', 'director-general', 'secretary-general', 'mp', 'mla',
  'dean', 'provost', 'superstar', 'star', 'actor', 'actress', 'singer', 'rapper', 'player', 'striker',
  'midfielder', 'defender', 'goalkeeper', 'manager', 'boss', 'chairperson', 'negotiator', 'monarch', 'emir',
  'sheikh', 'ayatollah', 'cleric', 'lieutenant', 'colonel', 'major', 'sergeant', 'admiral', 'marshal',
  'magistrate', 'coroner', 'ombudsman', 'auditor', 'mediator', 'architect', 'engineer', 'designer', 'partner',
  'trader', 'broker', 'banker', 'investor', 'dealer', 'entrepreneur', 'founder', 'co-founder', 'scholar',
  'lecturer', 'student', 'worker', 'farmer', 'resident', 'residents', 'survivor', 'victim', 'witnesses',
  'nurse', 'paramedic', 'firefighter', 'trooper', 'constable', 'commandant', 'chieftain', 'mother', 'father',
  'son', 'daughter', 'wife', 'husband', 'widow', 'brother', 'sister', 'uncle', 'aunt', 'grandmother',
  'grandfather', 'friend', 'neighbor', 'neighbour', 'colleague', 'supporter', 'critic', 'opponent', 'rival',
  'challenger', 'incumbent', 'surrogate', 'whip', 'delegate', 'envoy', 'consul', 'attaché', 'undersecretary',
  'novelist', 'poet', 'playwright', 'filmmaker', 'comedian', 'musician', 'artist', 'athlete', 'billionaire',
  'businessman', 'businesswoman', 'tycoon', 'mogul', 'frontrunner', 'front-runner', 'hopeful', 'contender',
  'governor-elect', 'president-elect', 'senator-elect', 'chef', 'pilot', 'soldier', 'veteran', 'commentator',
  'pundit', 'blogger', 'broadcaster', 'panelist', 'moderator', 'interviewer', 'biographer', 'scientist',
  'politician', 'junior', 'sophomore', 'freshman', 'senior', 'graduate', 'teenager', 'nominee', 'voter',
  'shopper', 'owner', 'manager', 'employee', 'official', 'observer', 'demographer', 'strategist', 'master',
  'worker', 'fisherman', 'fishermen', 'skipper', 'driver', 'guard', 'ranger', 'warden', 'clerk', 'secretary-general'
])

/**
 * Nouns that describe a body rather than a person, lower case: `the
 * ministry said`, `the paper wrote` stand for the organisation the article
 * names.
 */
export const bodyRoles: ReadonlySet<string> = new Set([
  'organisation', 'organization', 'group', 'company', 'firm', 'paper', 'newspaper', 'agency', 'ministry',
  'department', 'party', 'union', 'board', 'committee', 'council', 'campaign', 'commission', 'office', 'network',
  'channel', 'broadcaster', 'station', 'magazine', 'publication', 'outlet', 'website', 'site', 'watchdog',
  'charity', 'team', 'club', 'bank', 'fund', 'institute', 'university', 'center', 'centre', 'foundation',
  'association', 'coalition', 'alliance', 'movement', 'embassy', 'body', 'panel', 'tribunal', 'corporation',
  'carrier', 'airline', 'retailer', 'manufacturer', 'maker', 'studio', 'label', 'daily', 'tabloid', 'journal',
  'broadsheet', 'bureau', 'lobby', 'federation', 'league'
])

/**
 * Nouns, besides roles and bodies, for sources that can be said to say
 * something when a sentence has them for its subject: texts (`the report`,
 * `the cable`, `the spot`), the state and crowds (`the government`, `the
 * protesters`). A description headed by none of these (`the recent spate of
 * strandings`) names no speaker.
 */
export const sourceNouns: ReadonlySet<string> = new Set([
  'government', 'administration', 'authorities', 'police', 'military', 'army', 'court', 'service', 'school',
  'nonprofit', 'non-profit', 'protester', 'protestor', 'demonstrator', 'crowd', 'spot', 'commercial', 'piece',
  'cable', 'report', 'study', 'analysis', 'survey', 'poll', 'document', 'memo', 'filing', 'lawsuit', 'complaint',
  'ruling', 'judgment', 'indictment', 'review', 'investigation', 'inquiry', 'audit', 'assessment', 'paper', 'letter',
  'article', 'editorial', 'book', 'law', 'bill', 'resolution', 'order', 'policy', 'guidelines', 'manual', 'website',
  'ad', 'advert', 'advertisement', 'video', 'sign', 'banner', 'headline'
])
