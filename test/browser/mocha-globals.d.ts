// Browser tests run under mocha inside @web/test-runner, which provides describe/it
// as globals. tsconfig limits global types to node, so opt in here for test/browser.
/// <reference types="mocha" />
