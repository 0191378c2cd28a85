/**
 * Words that mark a name as a publication's (in a title suffix, a byline, a
 * credit line) and words that mark a section label.
 */

/** A name that contains one of these words is a publication or outlet. */
export const publicationWords =
  /\b(?:News|Times|Post|Tribune|Journal|Herald|Express|Guardian|Telegraph|Reuters|Bloomberg|BBC|CNN|CBC|ABC|NBC|CBS|NPR|Fox|Agency|Daily|Weekly|Magazine|Today|TODAY|Mail|Standard|Independent|Observer|Chronicle|Gazette|Hindu|Hindustan|NDTV|News18|Wire|Press|Star|Sun|Mirror|Examiner|Inquirer|Dispatch|Courier|Register|Bulletin|Review|Monitor|Online|Network|Media|Radio|Television|TV|Insider|Politico|Axios|Forbes|Fortune|Economist|Euronews|Al Jazeera|Maverick|Yonhap|Xinhua|Kyodo|TASS|Sputnik|Scroll|Mint|Pioneer|Statesman|Deccan|Outlook|Republic|Quint|Print|Reporter|Correspondent|Atlantic|Vox|Slate|Salon|Verge|Wired|HuffPost|Huffington|Breitbart|Newsweek|Time|Globe|Age|Australian|Nation|Dawn|Straits|Bangkok|Jakarta|Manila|Korea|Japan|India)\b/u

/** Section labels in titles and kickers (`World`, `India News`, `Business News`). */
export const sectionWords =
  /\b(?:news|world|india|politics|business|sport|sports|tech|technology|science|health|opinion|entertainment|lifestyle|culture|markets|economy|national|international|local|us|uk|europe|asia|africa|americas|middle east|latest|top|breaking|home|article|video|live|analysis|features?|city|nation|states?)\b/iu
