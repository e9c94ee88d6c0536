export * from './fold-turkish.js';
export * from './turkish-analyser.js';
export * from './turkish-numbers.js';
export * from './turkish-dates.js';
export * from './clean-text.js';
export * from './mask-personal-data.js';
export * from './detect-language.js';
