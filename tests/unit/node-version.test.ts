import { expect, test } from 'vitest';

test('the tests run on the Node the project brings (22.12 or newer), not the system Node 20', () => {
	const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
	expect(
		major > 22 || (major === 22 && minor >= 12),
		`running on Node ${process.versions.node}`,
	).toBe(true);
});
