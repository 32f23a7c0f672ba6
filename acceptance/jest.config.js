// `npm run test:plans`: acceptance against the real plans in the folder CHITIEU_PLANS_DIR names (fails without it).
const base = require('../jest.config.js');

/** @type {import('jest').Config} */
module.exports = { ...base, rootDir: '..', roots: ['<rootDir>/acceptance'] };
