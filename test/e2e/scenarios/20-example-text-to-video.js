'use strict';
const { generateExampleScenario } = require('../example-generate');

module.exports = generateExampleScenario(
	'01',
	'example 1: text to video — one submit, creation ID out',
);
