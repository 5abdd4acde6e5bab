/**
 * Makes server-rendered chart markup stable and readable for a stored snapshot: only the chart's
 * `<svg>` is kept (with its namespace, so the file opens in a browser), Svelte's comment markers and
 * scoped class hashes go, numbers are rounded to one decimal (layouts differ in the last digits
 * across machines), and each tag starts a line so a changed picture is a small diff.
 */
export function normalizeSvg(html: string): string {
	const start = html.indexOf('<svg class="layercake-layout-svg');
	const end = html.indexOf('</svg>', start);
	if (start < 0 || end < 0) throw new Error('no chart <svg> in the rendered markup');
	return html
		.slice(start, end + '</svg>'.length)
		.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ')
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/\s*svelte-[a-z0-9]+/g, '')
		.replace(/-?\d+\.\d+(?:e[-+]?\d+)?|-?\d+e[-+]?\d+/g, (n) => String(Math.round(Number(n) * 10) / 10 || 0))
		.replace(/>\s*</g, '>\n<')
		.trim()
		.concat('\n');
}
