// Query expansion is part of the question's analysis (src/question); the benchmarks import it from here.
export { expandQuery, alternativesByWord, type ExpandedQuery } from '../question/expand-query.js';
