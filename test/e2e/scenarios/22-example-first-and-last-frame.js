'use strict';
const { generateExampleScenario } = require('../example-generate');

module.exports = generateExampleScenario(
	'03',
	'example 3: first and last frame to video — both frames sent, creation ID out',
);
