/**
 * Attribution cues: the words that say whose words a quotation is (`said`,
 * `told reporters`, `according to`), lower case, each form as it is written.
 * A phrase is matched word for word; the longest phrase wins.
 */

/** Verbs and phrases of saying. */
export const cues: ReadonlyArray<string> = [
  // say, tell, add, ask
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'added', 'adds', 'adding', 'asked', 'asks',
  'asking', 'told reporters', 'told journalists', 'told the media', 'told lawmakers', 'told supporters',
  'told the crowd', 'told a news conference', 'told a press conference', 'said in a statement',
  'said in an interview', 'said in a speech',
  // according to
  'according to',
  // write, post
  'wrote', 'writes', 'writing', 'tweeted', 'tweets', 'posted', 'posts', 'blogged',
  // state, declare
  'stated', 'states', 'declared', 'declares', 'declaring', 'announced', 'announces', 'proclaimed', 'pronounced',
  // explain, note, observe
  'explained', 'explains', 'explaining', 'noted', 'notes', 'noting', 'observed', 'remarked', 'commented',
  'pointed out', 'points out', 'pointing out', 'recalled', 'recalls', 'recalling', 'mused', 'reflected',
  // argue, insist, claim
  'argued', 'argues', 'arguing', 'insisted', 'insists', 'insisting', 'claimed', 'claims', 'claiming', 'contended',
  'maintained', 'asserted', 'asserts', 'countered', 'counters', 'retorted', 'protested', 'objected',
  // answer
  'replied', 'replies', 'responded', 'responds', 'answered', 'answers', 'wrote back', 'shot back', 'fired back',
  // admit, agree
  'acknowledged', 'acknowledges', 'admitted', 'admits', 'conceded', 'concedes', 'agreed', 'confirmed', 'confirms',
  'denied', 'denies',
  // warn, urge, promise
  'warned', 'warns', 'warning', 'cautioned', 'urged', 'urges', 'pleaded', 'promised', 'promises', 'vowed', 'vows',
  'pledged', 'predicted', 'predicts', 'threatened',
  // stress
  'emphasized', 'emphasised', 'stressed', 'stresses', 'underlined', 'reiterated', 'repeated', 'suggested',
  'suggests', 'added that',
  // go on
  'continued', 'continues', 'went on', 'goes on', 'concluded', 'concludes', 'began', 'opened',
  // manner of speaking
  'joked', 'jokes', 'quipped', 'quips', 'laughed', 'shouted', 'yelled', 'screamed', 'cried', 'exclaimed',
  'whispered', 'muttered', 'sighed', 'chanted', 'sang', 'boasted', 'bragged', 'complained', 'complains',
  'lamented', 'laments', 'grumbled', 'scoffed', 'marveled', 'marvelled', 'gushed', 'raged', 'fumed', 'snapped',
  'thundered', 'mocked', 'teased', 'chided', 'blasted', 'slammed', 'charged', 'alleged', 'alleges', 'accused',
  'testified', 'testifies', 'told the court', 'read', 'reads', 'recounted', 'described', 'describes',
  'describing', 'called', 'calls', 'calling', 'dubbed', 'labeled', 'labelled', 'termed', 'branded', 'hailed',
  'praised', 'criticized', 'criticised', 'decried', 'denounced', 'condemned', 'welcomed', 'thanked', 'demanded',
  'wondered', 'wonders', 'speculated', 'estimated', 'conceded', 'disclosed', 'revealed', 'reported', 'reports',
  'informed', 'assured', 'reminded', 'advised', 'instructed', 'ordered', 'recommended', 'proposed', 'offered',
  'spoke', 'speaking', 'put it', 'puts it', 'summed up', 'summarized', 'characterized', 'referred to'
]

/**
 * Cues whose object is the listener or the thing spoken of, never the
 * speaker: `Putin told Lukashenko`, `called the plan`. After a quotation,
 * `"…," said Putin` names the speaker; `"…," told Putin` does not.
 */
export const listenerCues: ReadonlyArray<string> = [
  'told', 'tells', 'tell', 'telling', 'informed', 'assured', 'reminded', 'advised', 'instructed', 'ordered',
  'urged', 'thanked', 'accused', 'called', 'calls', 'calling', 'described', 'describes', 'describing', 'dubbed',
  'labeled', 'labelled', 'termed', 'branded', 'hailed', 'praised', 'criticized', 'criticised', 'decried',
  'denounced', 'condemned', 'welcomed', 'blasted', 'slammed', 'mocked', 'teased', 'chided', 'characterized',
  'referred to', 'reported', 'reports', 'read', 'reads', 'charged'
]

/** Cues after which the speaker stands (`according to the report`). */
export const sourceFirstCues: ReadonlyArray<string> = ['according to']
