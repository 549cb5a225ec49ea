/** First of the suite: mocha's browser build defines `mocha`, whose setup() defines suite/test for the test files. */
import 'mocha/mocha.js';

declare const mocha: BrowserMocha;
mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60000, color: false });
