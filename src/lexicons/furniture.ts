/**
 * Page furniture: the lines around and inside an article that are not the
 * story (share buttons, ads, link lists, copyright, credits for reporting and
 * editing). One list of patterns per kind; options add more.
 */

/**
 * Words that, alone or together on a line, are interface labels (share
 * buttons, gallery controls, text-size pickers).
 */
export const interfaceWords: ReadonlySet<string> = new Set([
  'advertisement', 'ad', 'ads', 'sponsored', 'promoted',
  'email', 'e-mail', 'mail', 'facebook', 'twitter', 'x', 'whatsapp', 'linkedin', 'linked', 'in', 'pinterest',
  'reddit', 'tumblr', 'flipboard', 'messenger', 'telegram', 'google', 'plus', 'google+', 'sms', 'copy', 'url',
  'link', 'permalink', 'print', 'share', 'shares', 'tweet', 'comment', 'comments', 'more', 'less', 'close', 'next',
  'previous', 'prev', 'back', 'image', 'images', 'video', 'videos', 'photo', 'photos', 'gallery', 'caption',
  'transcript', 'small', 'medium', 'large', 'normal', 'font', 'text', 'size', 'aa', 'a', 'autoplay', 'full',
  'screen', 'fullscreen', 'skip', 'submit', 'subscribe', 'save', 'saved', 'bookmark', 'listen', 'play', 'pause',
  'menu', 'search', 'home', 'login', 'log', 'sign', 'up', 'register', 'follow', 'us', 'on', 'via', 'this', 'page',
  'article', 'story', 'enlarge', 'toggle', 'hide', 'show', 'expand', 'collapse', 'view', 'options', 'sharing',
  'read', 'app', 'reprints', 'permissions', 'feedback', 'report', 'typo', 'rss', 'newsletter', 'the', 'and', 'or',
  'to', 'with', 'friends', 'friend', 'it', 'copied', 'ok', 'topics', 'tags', 'tools', 'social', 'media', 'false',
  'true', 'null', 'undefined', 'loading', 'yes', 'no', 'cancel', 'reply', 'send', 'post', 'posts', 'top', 'name',
  'subject', 'message', 'reset', 'go', 'download', 'embed', 'audio', 'podcast', 'quote', 'quotes', 'icon',
  'slideshow', 'of', 'gift', 'unlock', 'premium', 'buy', 'feed', 'notifications', 'alerts', 'alert', 'get', 'now',
  'stay', 'updated', 'visual', 'stories', 'highlights', 'trending', 'popular', 'latest', 'news', 'related', 'recommended',
  'like', 'likes', 'resize', 'zoom', 'increase', 'decrease', 'reset', 'printer', 'friendly', 'version', 'e-mail', 'whatsapp', 'koo', 'threads', 'bluesky', 'mastodon'
])

/** Whole lines that are furniture (tested against the line with white space collapsed). */
export const furnitureLines: ReadonlyArray<RegExp> = [
  // Counters, times, page numbers, lone symbols.
  /^[\d\s,.:/|+×x•·–—\-_=*#()[\]]*$/iu,
  /^\d[\d,.]*\s*k?\s*(?:comments?|shares?|views?|reactions?|likes?|responses?)$/i,
  /^(?:comments?|shares?|views?)\s*\(?\s*[\d+]*\s*\)?$/i,
  /^\d+\s*(?:-|\s)?min(?:ute)?s?\s+read$/i,
  /^(?:image|photo|slide|picture)?\s*\d+\s*(?:of|\/)\s*\/?\s*\d+\.?$/i,
  /^slideshow\s*\(\s*\d+\s*images?\s*\)$/i,
  /^(?:\d+:)?\d{1,2}:\d{2}$/,
  // Prompts and labels.
  /^(?:continue reading(?: the main story)?|story continues below(?: advertisement)?|supported by)\b.*$/i,
  /^(?:advertisement|sponsored(?: content)?|ad)(?:\s*[-–—:|]\s*.{0,60})?$/i,
  /^share(?:\s+(?:this|on|via|it|the|article|story|page|with|your)\b.{0,60})?$/i,
  /^(?:follow (?:us|@|on|him|her|the)|subscribe (?:to|now|for)|sign up (?:for|to|now)|log in|click here|tap here|download the)\b.{0,80}$/i,
  /^(?:watch|listen|video|gallery|live|podcast)\s*[:|].{0,120}$/i,
  /^\((?:attn|editors?|eds|please note|to publish|note to editors|for use by|optional|story filed|cq)\b[^]{0,400}\)\.?$/i,
  /^(?:read|see|watch) (?:more|also|next|full|the full|this|our)\b.{0,120}$/i,
  /^(?:also read|read also|must read|must watch|don'?t miss|recommended|you may (?:also )?like|more from|more on|more stories|related(?: coverage| stories| articles| links| topics| news| content)?|trending(?: now| news)?|top searches|most (?:popular|read|viewed|shared)|editor'?s picks?|in case you missed it|what to read next|up next)(?:\s*[:|»>]\s*.{0,120}|\s*$)/i,
  /^(?:also read|read also|must read|you may (?:also )?like|more from|more on|don'?t miss|in case you missed it)\b.{0,120}$/i,
  /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4}|by\b|of\b|:|$)|all rights reserved).{0,200}$/i,
  /^(?:this (?:article|story|version|report) (?:is more than|has been|was|corrects|appeared|first)|this article has been adapted)\b.{0,300}$/i,
  /^(?:(?:correction|clarification)\s*[:.\-–—(]|editor'?s note\b|eds?:|editors?:).{0,600}$/i,
  // A correction without its label, and the label alone above it.
  /^an? (?:earlier|previous) version of this (?:article|story|report|post)\b.{0,600}$/i,
  /^(?:corrections?|clarifications?)(?: (?:and|&) (?:clarifications?|corrections?))?$/i,
  /^\(?(?:reporting|additional reporting|writing|editing|compiled|written|produced|edited) by\b[^)]{0,300}\)?\.?$/i,
  /^(?:our standards|the thomson reuters trust principles)\b.*$/i,
  /^(?:follow|email|contact|reach)\s+(?:@|the (?:author|reporter|writer)|us|him|her|them)\b.{0,160}$/i,
  /^follow\b.{0,60}\b(?:on|at)\s+(?:twitter|x|facebook|instagram|threads|bluesky|linkedin)\b.{0,120}$/i,
  /^(?:have your say|your comment|leave a comment|start a conversation|join the conversation|post a comment)\b.*$/i,
  /^(?:get|sign up for|subscribe to)\b.{0,60}\b(?:newsletter|inbox|alerts?|updates)\b.{0,60}$/i,
  /^(?:image|photo|picture) (?:copyright|source|credit)\b.{0,120}$/i,
  /^(?:enlarge this image|toggle caption|hide caption|show caption|view (?:photos|gallery)|back to gallery|buy photo|full screen|skip ad|link copied|url is copied\.?)$/i,
  /^(?:posted|published|updated|last updated|first published|modified|created)(?:\s*(?::|on\b|at\b|in\b|by\b|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s|\d+\s+(?:hours?|minutes?|mins?|days?|weeks?)\s+ago)|\s*$).{0,120}$/i,
  /^(?:wait \d+ seconds? to continue\.?|loading\.{0,3}|please wait|your video will play)\b.*$/i,
  /^\((?:distributed by|for release|embargoed|moved on|story moved)\b[^)]{0,200}\)\.?$/i,
  /^(?:tags?|topics?|filed under|categories|category)\s*:.{0,200}$/i,
  /^\S+\.(?:jpe?g|png|gif|webp)$/i,
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^(?:via|source)\s*:?\s*syndigate\.info$/i,
  /^end of article$/i,
  // Placeholders of embedded media: `[Video: …]`, `[Photo gallery]`.
  /^\[\s*(?:video|photo|photos|image|graphic|gallery|audio|embed|interactive|chart|map|tweet|instagram)\b[^\]]{0,200}\]$/i,
  // Navigation: breadcrumbs and menus.
  /^(?:home|news)\s*[»›>/|:]/i,
  /^(?:from the section|from section|section)\b.{0,60}$/i,
  /^(?:as a subscriber|you have \d+ gift articles|give this article|send any friend a story)\b.*$/i,
  /^(?:for (?:the )?latest (?:news|headlines|updates))\b.*$/i,
  /^c\.\s?\d{4}\b.{0,80}$/i,
  /^(?:ads|ad) by google$/i,
  /^(?:this article (?:was|has been) (?:adapted|originally))\b.*$/i,
  /^(?:read the (?:rest|full|whole|complete|original)\b.{0,60})$/i,
  /^(?:user name|password|new user|sign in|log out|logout)\b.{0,60}$/i,
  /^[\w.+-]+@[\w-]+\.[\w.]+$/,
  /^\d{1,2}:\d{2}\s*[ap]\.?m\.?\s*:.{0,200}\bupdated\b.*$/i,
  /^a version of this (?:article|story) appears in print\b.*$/i,
  /^(?:we(?:'|’)re interested in your feedback|tell us what you think)\b.*$/i,
  /^(?:powered by|in association with|presented by|sponsored by|advertising|inread invented by)\b.{0,60}$/i,
  /^note to readers\b.*$/i,
  /^comments? (?:are|is) (?:subject to|moderated|closed)\b.{0,160}$/i,
  /^(?:get in touch with (?:our|the) (?:news|editorial) team|for more (?:stories|news|updates) like this|stay up to date with)\b.{0,120}$/i,
  /^(?:attention editors|attn editors|editors note)\b.*$/i,
  /^most (?:popular|read|viewed|shared|watched|commented)\b.{0,40}$/i,
  /^(?:talkbacks?|comments?|responses?|reactions?)\b.{0,40}:\s*\d+$/i,
  /^to contact the (?:reporter|editor|writer|author)s?\b.*$/i,
  /^follow (?:our|the) (?:full|complete|live|latest) coverage\b.{0,120}$/i,
  /^feedback\s*:.{0,80}$/i,
  /^(?:twitter|instagram|facebook|x|threads|bluesky|email|e-mail)\s*:\s*@?[\w.@-]+$/i,
  /^this (?:story|article) is from\b.{0,40}$/i,
  /^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.uk|in|au)$/i,
  /^about the author$/i,
  /^\(?(?:with inputs from|inputs from|with files from)\b[^)]{0,80}\)?\.?$/i
]

/**
 * Whole lines that are furniture but whose pattern opens with a wildcard, so
 * that it must scan the line: each comes with a cheap test of the line a
 * match needs (a menu has `|`; a media label ends with its word).
 */
export const scanningFurnitureLines: ReadonlyArray<readonly [RegExp, (line: string) => boolean]> = [
  // `Rescue at sea – video`, `Floods in Kerala – in pictures`.
  [/^.{3,140}\s[–—-]\s(?:video|watch|audio|podcast|in pictures|live)$/i, (line) => /(?:video|watch|audio|podcast|pictures|live)$/i.test(line)],
  // A menu: `World | India | Business | Sport`.
  [/^(?:[^|]{1,40}\|){3,}[^|]{0,40}$/, (line) => line.includes('|')]
]

/**
 * Phrases that make a short line furniture wherever they stand in it, each
 * with the longest line it may make furniture (a long line is a sentence
 * that only mentions the phrase).
 */
export const furniturePhrases: ReadonlyArray<readonly [RegExp, number]> = [
  [/\ball rights reserved\.?$/i, 160],
  [/\bcontributed (?:reporting|to this (?:report|article|story))\b/i, 280],
  [/\bclick here\b/i, 130],
  [/\.(?:jpe?g|png|gif|webp)$/i, 70],
  [/\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b/i, 300]
]

/** Lines that mark the end of the story: nothing after them is the story's. */
export const storyEnds: ReadonlyArray<RegExp> = [/^(?:end of (?:article|story|report)|\(?ends?\)?|#{3,}|-30-|\(end\)|-+\s*end\s*-+)$/i]

/**
 * Lines that start a list of links or topics; the short lines that follow
 * them are furniture too.
 */
export const listHeaders: ReadonlyArray<RegExp> = [
  /^(?:articles|stories|more articles|more stories|further reading|see also|related reading)$/i,
  /^(?:top|latest|more|popular|trending|related|recommended|featured|editor'?s'?\s*picks?|most (?:read|viewed|popular|shared|watched))\s+(?:videos?|stories|news|picks|reads|headlines|articles|links|posts|galleries|photos|topics|searches|trending|popular|latest|recent|recommended|in [\p{L} -]{2,30}|from [\p{L} &-]{2,30})(?:\s+right now)?\s*:?$/iu,
  /^(?:also read|read also|read more|related(?: (?:coverage|stories|story|articles?|topics|news|links|content|video|videos))?|more (?:from|on|in|about)\b.{0,40}|more (?:stories|news)(?:\s+(?:from|on|in|about)\b.{0,40})?|trending(?: news| now| stories)?|top searches|top stories|top news|most (?:popular|read|viewed|shared)(?: stories| articles)?|recommended(?: stories| for you)?|you may (?:also )?like|don'?t miss|editor'?s picks?|latest (?:news|stories)|popular (?:stories|now)|in other news|more stories|what to read next|highlights|visual stories|must read|topics|tags)\s*:?$/i
]
