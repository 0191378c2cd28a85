/**
 * Common first names that tell a person's gender (`Elizabeth Warren` is a
 * she), lower case. Only names that are rarely given to the other gender;
 * a name not listed tells nothing.
 */

const male = `
aaron adam alan albert alex alexander andrew angus anthony antonio arnold arthur barack ben benjamin bernard bernie
bill billy bob bobby boris brad bradley brandon brian bruce bryan carl carlos charles charlie chris christopher chuck
colin craig dan daniel danny darren dave david dennis derek dick don donald doug douglas duncan dwight ed eddie edward
emmanuel eric ernest evan frank franklin fred frederick gary gavin geoffrey george gerald giuseppe gordon graham greg
gregory harold harry henry howard hugh ian isaac jack jacob jake james jason jean-claude jeb jeff jeffrey jeremy jerry
jim jimmy joe joel john johnny jon jonathan jose joseph josh joshua juan justin keith ken kenneth kevin kurt larry lawrence
lee leon luis marco marcus mark martin matt matthew michael mick mike mitch mitt mohammed muhammad narendra
neil nicholas nick nigel noah norman oliver patrick paul peter phil philip pierre raymond reince rex richard rick
robert rod roger ron ronald roy russell ryan sam samuel scott sean sergei sergey seth simon stephen steve steven stuart
ted terry thomas tim timothy todd tom tony vladimir walter wayne william xi
`

const female = `
abigail alice alicia alison amanda amy andrea angela angelina ann anna anne barbara betty beverly brenda carla carly
carol caroline catherine cathy cecile charlotte cheryl christine claire claudia cynthia deborah debbie debra diana diane
donna doris dorothy elaine eleanor elena elizabeth ellen emily emma erin eva evelyn fiona frances gillian gloria grace
hannah heather heidi helen hillary huma ivanka jacqueline jane janet janice jennifer jessica jill joan joanne
joyce judith judy julia julie karen kate katherine kathleen kathryn kathy katie kelly kellyanne kimberly laura lauren
linda lisa loretta lori louise lynn madeleine margaret maria marie marilyn martha mary megan melania melanie melissa
michelle mika nancy natalie nicola nikki olivia pamela patricia paula rachel rebecca rosa ruth sally samantha
sandra sarah sharon shirley sonia stephanie susan suzanne teresa theresa tina valerie victoria wendy
`

/** First names with the gender they tell. */
export const firstNames: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...male.trim().split(/\s+/).map((name) => [name, 'male'] as const),
  ...female.trim().split(/\s+/).map((name) => [name, 'female'] as const)
])
