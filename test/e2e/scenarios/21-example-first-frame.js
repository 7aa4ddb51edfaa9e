'use strict';
const { generateExampleScenario } = require('../example-generate');

module.exports = generateExampleScenario(
	'02',
	'example 2: first frame to video — start_frame sent, creation ID out',
);
