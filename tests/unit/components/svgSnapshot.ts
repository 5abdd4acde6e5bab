// A chart snapshot that opens as the picture it is: the page's CSS for its marks goes inside, and
// every CSS variable is replaced by its light-theme value from src/app.css, so a browser or an
// image viewer draws the file alone as the page would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeSvg } from './normalizeSvg';

const ROOT = join(import.meta.dirname, '../../..');

/** The variables of the page's `:root`, each at its light value (`light-dark(light, dark)`). */
function themeVariables(): Map<string, string> {
	const css = readFileSync(join(ROOT, 'src/app.css'), 'utf8');
	const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
	const variables = new Map<string, string>();
	for (const [, name, value] of root.matchAll(/(--[\w-]+):\s*([^;]+);/g))
		variables.set(name!, value!.trim().replace(/^light-dark\(\s*([^,]+),[^)]*\)$/, '$1'));
	return variables;
}

/** Text with every `var(--name)` and `var(--name, fallback)` replaced by its value, nested ones too. */
export function resolveVariables(text: string, variables = themeVariables()): string {
	let out = text;
	for (let pass = 0; pass < 5 && out.includes('var(--'); pass++)
		out = out.replace(/var\((--[\w-]+)(?:,\s*([^()]*))?\)/g, (whole, name: string, fallback?: string) => {
			const value = variables.get(name) ?? fallback?.trim();
			if (value === undefined) throw new Error(`${name} is used but not defined in src/app.css`);
			return value;
		});
	return out;
}

/**
 * The page's top-level CSS rules (src/app.css, where the charts' styles live) whose selectors name
 * a class the chart uses: what the page applies to it, in the page's order. Rules inside @media
 * (print, forced colours, wide screens) are left out: the file shows the default picture.
 */
function stylesFor(svg: string): string {
	const classes = new Set([...svg.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1]!.split(/\s+/)));
	const css = readFileSync(join(ROOT, 'src/app.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
	const rules: string[] = [];
	for (let at = 0, depth = 0, start = 0; at < css.length; at++) {
		if (css[at] === '{') depth++;
		else if (css[at] === '}' && --depth === 0) {
			const rule = css.slice(start, at + 1).trim();
			start = at + 1;
			const selector = rule.slice(0, rule.indexOf('{'));
			if (selector.startsWith('@')) continue;
			const named = [...selector.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!);
			if (named.length > 0 && named.every((c) => classes.has(c))) rules.push(rule);
		}
	}
	return rules.join('\n');
}

/** A chart's server-rendered markup as a stable, self-contained SVG file (see normalizeSvg). */
export function svgSnapshot(html: string): string {
	const variables = themeVariables();
	// The root's inline style places the plot inside the page's box, its labels in the margins
	// around it: alone, the file shows the same margins through a view box.
	const svg = resolveVariables(normalizeSvg(html), variables).replace(/^<svg[^>]*>/, (root) => {
		const px = (name: string) => Number(new RegExp(`${name}: (-?[\\d.]+)px`).exec(root)?.[1] ?? 0);
		const size = (name: string) => Number(new RegExp(` ${name}="([\\d.]+)"`).exec(root)?.[1] ?? 0);
		const viewBox = [-px('left'), -px('top'), size('width'), size('height')].join(' ');
		return root.replace(/ style="[^"]*"/, ` viewBox="${viewBox}" overflow="visible"`);
	});
	const style = resolveVariables(stylesFor(svg), variables);
	const head = svg.indexOf('>') + 1;
	return `${svg.slice(0, head)}\n<style><![CDATA[\n${style.trim()}\n]]></style>${svg.slice(head)}`;
}
