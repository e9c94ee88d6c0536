export * from './understand-question.js';
export * from './find-document-mentions.js';
export * from './expand-query.js';
export * from './question-word-pairs.js';
