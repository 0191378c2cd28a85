/**
 * Attribution cues: the words that say whose words a quotation is (`said`,
 * `told reporters`, `according to`), lower case, each form as it is written.
 * A phrase is matched word for word; the longest phrase wins.
 */

/**
 * The forms of each verb of saying, one verb a line: past, third person,
 * participle, and the base where it is rarely a noun (`say`, not `report`).
 */
const verbForms = `
say said says saying
tell told tells telling
add added adds adding
ask asked asks asking
write wrote writes writing written
tweeted tweets tweeting
posted
blogged blogs
stated states stating
began begins
declared declares declaring
announced announces announcing
proclaimed proclaims proclaiming
explain explained explains explaining
noted noting notes
observe observed observes observing
remarked remarking
commented commenting
recall recalled recalls recalling
mused muses musing
reflected
argue argued argues arguing
insist insisted insists insisting
claimed claiming claims
contend contended contends contending
maintain maintained maintains maintaining
asserted asserts asserting
countered countering
retorted retorts retorting
protested protesting
objected objecting
reply replied replies replying
respond responded responds responding
answered answering
acknowledge acknowledged acknowledges acknowledging
admit admitted admits admitting
concede conceded concedes conceding
agree agreed agrees agreeing
confirmed confirms confirming
deny denied denies denying
warn warned warns
caution cautioned cautions cautioning
urge urged urges urging
pleaded pleads pleading
promised promising
vowed vowing
pledged pledging
predict predicted predicts predicting
emphasized emphasizes emphasizing
emphasised emphasises emphasising
stressed stressing stresses
underlined underlines underlining
reiterated reiterates reiterating
repeated repeats repeating
suggest suggested suggests suggesting
continued continues continuing
concluded concludes concluding
joked joking
quipped quips quipping
shouted shouting
yelled yells yelling
screamed screaming
exclaimed exclaims exclaiming
whispered whispering
murmured murmuring
deadpanned
instructed instructing
implored imploring
elaborated elaborating
muttered mutters muttering
chanted chanting
boasted boasting
bragged brags bragging
complain complained complains complaining
lamented lamenting
bemoaned bemoans bemoaning
grumbled grumbles grumbling
scoffed scoffs scoffing
marveled marvelled marvels marveling marvelling
gushed gushes gushing
fumed fuming
snapped snapping
mocked mocking mocks
blasted blasting blasts
slammed slamming slams
charged
alleged alleges alleging
accused accuses accusing
testify testified testifies testifying
recount recounted recounts recounting
described describes describing
call called calling calls
dubbed dubbing
labeled labelled labeling labelling
termed terming
branded branding
hailed hailing
praised praising praises
criticized criticizes criticizing
criticised criticises criticising
decried decries decrying
denounced denounces denouncing
condemned condemns condemning
dismissed dismisses dismissing
welcomed welcoming
thanked thanking
demanded demanding
wondered wonders wondering
speculated speculates speculating
estimated
disclosed discloses disclosing
revealed reveals revealing
reported reporting
informed informs informing
assured assures assuring
reminded
opined opines opining
beamed
grinned
smiled
gasped
cheered
roared
barked
growled
hissed
begged
sobbed
mumbled
stammered
snarled
sneered
pressed
advised advises advising
echoed echoing
likened likens likening
compared compares comparing
pondered ponders pondering
boomed booming
thundered thunders thundering
railed railing
lashed lashing
quoted
read reads
cited cites citing
characterized characterizes characterizing
summarized summarizes summarizing
interjected interjecting
chided chiding chides
remembered
exhorted
confessed
sniped
scolded
apologized
demurred
acknowledge acknowledged acknowledges acknowledging
`

/** Verbs and phrases of saying. */
export const cues: ReadonlyArray<string> = [
  ...verbForms.trim().split(/\s+/),
  'told reporters', 'told journalists', 'told the media', 'told lawmakers', 'told supporters', 'told the crowd',
  'told a news conference', 'told a press conference', 'said in a statement', 'said in an interview',
  'said in a speech', 'told the court', 'according to', 'pointed out', 'points out', 'pointing out', 'went on', 'shot back', 'fired back', 'wrote back', 'put it', 'puts it', 'summed up', 'referred to', 'spoke of',
  'speaking of', 'weighed in', 'chimed in', 'piped up', 'opened up'
]

/**
 * Cues whose object is the listener or the thing spoken of, never the
 * speaker: `Putin told Lukashenko`, `called the plan`. After a quotation,
 * `"…," said Putin` names the speaker; `"…," told Putin` does not.
 */
export const listenerCues: ReadonlyArray<string> = [
  'told', 'tells', 'tell', 'telling', 'informed', 'assured', 'reminded', 'advised', 'urged', 'thanked', 'accused',
  'called', 'calls', 'calling', 'described', 'describes', 'describing', 'dubbed', 'labeled', 'labelled', 'termed',
  'branded', 'hailed', 'praised', 'criticized', 'criticised', 'decried', 'denounced', 'condemned', 'dismissed',
  'welcomed', 'blasted', 'slammed', 'mocked', 'characterized', 'referred to', 'charged', 'likened', 'likens',
  'compared', 'compares', 'comparing', 'likening',
  'quoted', 'quotes', 'cited', 'cites', 'summarized', 'accuses'
]

/**
 * Cues that report speech only as a tag, where no word follows them (`"…,"
 * he continued.`, `She continued: "…"`): followed by a word they are no
 * cue (`continued to insist`, `faces continued backlash`).
 */
export const tagOnlyCues: ReadonlyArray<string> = ['continued', 'continues', 'continuing', 'continue']

/** Cues after which the speaker stands (`according to the report`). */
export const sourceFirstCues: ReadonlyArray<string> = ['according to']

/**
 * Nouns of saying: after a possessive name they attribute a quotation
 * (`Comey's conclusion that her actions were "…"`, `Romney's "47 percent"
 * comment`).
 */
export const speechNouns: ReadonlyArray<string> = [
  'claim', 'claims', 'statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'words', 'assertion',
  'assertions', 'promise', 'promises', 'pledge', 'warning', 'warnings', 'suggestion', 'conclusion', 'description',
  'characterization', 'accusation', 'accusations', 'charge', 'charges', 'vow', 'quip', 'insistence', 'argument',
  'declaration', 'announcement', 'tweet', 'tweets', 'message', 'response', 'reply', 'answer', 'slogan', 'call',
  'question', 'admission', 'boast', 'threat', 'threats', 'prediction', 'complaint', 'criticism', 'retort',
  'testimony', 'letter', 'email', 'post', 'contention', 'explanation', 'assessment', 'verdict', 'message', 'plea',
  'line', 'mantra', 'refrain', 'catchphrase', 'vow', 'proclamation', 'rhetoric', 'speech', 'remarks', 'musings',
  'denial', 'insult', 'insults', 'attack', 'attacks', 'jab', 'quote', 'phrase', 'words'
]
