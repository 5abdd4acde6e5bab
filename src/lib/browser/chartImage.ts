/** The presentation properties a chart's look depends on, copied from computed styles into the file. */
const STYLED = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'paint-order',
	'stop-color',
	'stop-opacity',
	'color'
] as const;

/**
 * A standalone SVG file of a chart as the reader sees it: the page's CSS (variables, themes) is
 * resolved into attributes, interactive attributes are dropped, and a background is added. Text is
 * copied as text nodes, so names from the data can never become markup.
 */
export function chartSvg(svg: SVGSVGElement, title: string): string {
	// LayerCake places the <svg> inside its frame by the chart's padding, and labels may sit in that
	// padding (at negative coordinates): the file spans the whole frame and shifts the drawing back.
	const frame = (svg.parentElement ?? svg).getBoundingClientRect();
	const left = parseFloat(svg.style.left) || 0;
	const top = parseFloat(svg.style.top) || 0;
	const width = Math.ceil(frame.width);
	const height = Math.ceil(frame.height);

	const clone = svg.cloneNode(true) as SVGSVGElement;
	const source = [svg, ...svg.querySelectorAll('*')];
	const target = [clone, ...clone.querySelectorAll('*')];
	source.forEach((element, i) => {
		const copy = target[i] as Element;
		const computed = getComputedStyle(element);
		for (const property of STYLED) {
			const value = computed.getPropertyValue(property);
			if (value) copy.setAttribute(property, value);
		}
		for (const attribute of ['tabindex', 'role', 'aria-pressed', 'aria-label', 'class', 'style'])
			copy.removeAttribute(attribute);
	});

	const ns = 'http://www.w3.org/2000/svg';
	const shifted = document.createElementNS(ns, 'g');
	shifted.setAttribute('transform', `translate(${left} ${top})`);
	shifted.append(...clone.childNodes);
	const titleElement = document.createElementNS(ns, 'title');
	titleElement.textContent = title;
	const background = document.createElementNS(ns, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', getComputedStyle(document.body).backgroundColor || '#ffffff');
	clone.append(titleElement, background, shifted);
	clone.setAttribute('xmlns', ns);
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
	clone.setAttribute('font-family', getComputedStyle(svg).fontFamily);
	return new XMLSerializer().serializeToString(clone);
}

/** Renders an SVG file to a PNG at twice the screen's resolution, for crisp images in documents. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
	const image = new Image();
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.max(1, Math.round(image.width * scale));
		canvas.height = Math.max(1, Math.round(image.height * scale));
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser cannot draw images');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob(
				(blob) => (blob ? resolve(blob) : reject(new Error('the image could not be made'))),
				'image/png'
			)
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
