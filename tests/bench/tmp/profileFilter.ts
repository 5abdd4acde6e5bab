import { writeFileSync } from 'node:fs';
import { launchChromium } from '../browser';
import { careersCsv, writeBenchFile, MOVE_SIZES } from '../benchData';
import { importThroughDialog, openProbedPage } from '../importDialog';
import { serveStatic, snapshotBuild } from '../server';
import { settledReaction, resetInput } from '../pageProbe';
const snap = snapshotBuild();
const server = await serveStatic(snap.site, 4199);
const browser = await launchChromium();
const size = MOVE_SIZES.find((s) => s.name === '100k')!;
const path = writeBenchFile('careers-100k.csv', careersCsv(size.people));
const page = await openProbedPage(browser, server.url);
await importThroughDialog(page, path, 'careers-100k.csv');
const toggles = page.getByRole('region', { name: 'Filter by organization' }).locator('button[aria-pressed]');
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const times: number[] = [];
for (let i = 0; i < 2; i++) {
	await toggles.nth(i).click();
	await settledReaction(page, 300);
}
for (let i = 1; i >= 0; i--) {
	await toggles.nth(i).click();
	await settledReaction(page, 300);
}
await cdp.send('Profiler.start');
for (let a = 0; a < 6; a++) {
	await resetInput(page);
	await toggles.nth(a).click();
	times.push((await settledReaction(page, 300)).ms);
	await resetInput(page);
	await toggles.nth((a + 1) % 6).click();
	times.push((await settledReaction(page, 300)).ms);
	await resetInput(page);
	await toggles.nth((a + 1) % 6).click();
	times.push((await settledReaction(page, 300)).ms);
	await resetInput(page);
	await toggles.nth(a).click();
	times.push((await settledReaction(page, 300)).ms);
}
const { profile } = await cdp.send('Profiler.stop');
writeFileSync('/tmp/filter.cpuprofile', JSON.stringify(profile));
console.log('times', times.map(Math.round).join(' '));
await browser.close();
process.exit(0);
