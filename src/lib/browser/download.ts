/** Hands a file to the browser's download mechanism, with a meaningful name. */
export function downloadBlob(fileName: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoke later: some browsers read the object URL after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads text as a file of the given type (UTF-8). */
export function downloadText(fileName: string, text: string, type: string): void {
	downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}
