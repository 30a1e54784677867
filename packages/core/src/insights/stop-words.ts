// English function words and support-chat filler (asking for a person: team, human, help): they say nothing about
// what a ticket is about. Kept short on purpose; words common to every ticket that are not here (e.g. "order") are
// weighed down by the IDF instead.
/** Words dropped from key phrases. */
export const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but
  by can cannot could did do does doing done down during each few for from further get got had has have having he her
  here hers him his how i if in into is it its itself just let me more most my myself no nor not now of off on once only
  or other our ours out over own please same she should so some still such than that the their theirs them then there
  these they this those through to too under until up us very was we were what when where which while who whom why will
  with would you your yours yourself hello hi thanks thank hey also already even ever every one two three
  someone something anything nothing can't don't won't isn't it's i'm i've dont cant wont im ive
  team person human agent help need look good morning afternoon evening`
    .split(/\s+/)
    .filter(Boolean),
);
