/**
 * Photo and video credits: how captions end (`AP/PTI`, `(Reuters)`,
 * `REUTERS/Brendan McDermid`, `(AP Photo/Jane Doe)`, `Getty Images`) and how
 * credit lines read (`Evan Vucci/AP Photo`, `Photo: Meg Kinnard, AP`).
 */

/** Words that make a short text a credit. */
export const creditWords =
  /\b(?:photo|photos|photograph|picture|pic|image|images|video|getty|reuters|afp|ap|pti|ani|ians|uni|xinhua|epa|efe|ansa|dpa|kyodo|yonhap|bloomberg|shutterstock|alamy|handout|courtesy|supplied|submitted|file|files|pool|via|credit|credits|source|screengrab|screenshot|grab|twitter|instagram|facebook|youtube|x\.com|ht photo|express|press service|associated press|agence france-presse|nasa)\b/i

/** A label before a credit: `Photo:`, `Picture:`, `Image:`, `Credit:`, `Source:`. */
export const creditLabel = /^(?:photo(?:graph)?|picture|pic|image|credit|credits|source|courtesy|video|photo credit|image credit)s?\s*[:.\-]*\s*/i

/** Labels that open a caption: `Media caption`, `Image caption`. */
export const captionMarker = /^(?:media caption|image caption|photo caption|video caption|main image|caption|\d{1,3}\s*(?:of|\/)\s*\d{1,3}\.)\s*[:\-]?\s+/i

/** Openings of caption text: `FILE PHOTO:`, `In this photo`, `File photo of`. */
export const captionOpening =
  /^(?:file photo\s*[:\-]|file\s*[:\-–—]\s|in this (?:[\p{L}\p{N},.\s]{0,60}?)(?:photo|image|picture|frame grab|handout|still|screenshot|screengrab|video)\b|this (?:[\p{L}\p{N},.\s]{0,40}?)(?:photo|image|picture|handout photo|frame grab)\b|file photo of|file image of|representational (?:image|photo)|pictured\s*:|\(?l-r\)?\s*[:,]|from left\b)/iu
