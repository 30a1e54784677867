export * from './types';
export { normalizeTopic, topicWords, MAX_TOPIC_LENGTH } from './terms';
export { textPhrases, phrasesOf } from './phrases';
export { handoffIndex, handoffQuestion, ticketFeatures, ticketTimes, PhraseDictionary, type StatusChange, type TicketFeatures, type TicketTimes } from './features';
export { resolveInsightsRequest, type ResolvedInsightsRequest } from './request';
export { byTicketsRaised, computeInsights, type InsightsSource } from './compute';
export { chooseGroups, candidateBit, rankPhrases, GROUP_CANDIDATES, INSIGHT_GROUP_LIMITS, type CandidateCombination, type PhraseTally } from './groups';
