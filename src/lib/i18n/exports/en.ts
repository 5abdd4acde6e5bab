// The wording of the downloads that describe where facts come from, apart from the page's catalog:
// it travels with the export panel's own code (an island), so the page's first load does not grow.

// The English catalog defines the keys; French must provide every one of them (checked by the type).
export const enExports = {
	exportAnnotations: 'Download this view’s evidence as Web Annotations (JSON-LD)',
	exportProvenance: 'Download this view’s provenance (PROV-JSON)',
	exportAnnotationsFile: 'The evidence of every fact, as W3C Web Annotations (JSON-LD)',
	exportProvenanceFile: 'Where each fact comes from, as W3C PROV (JSON)'
};

export type ExportMessages = typeof enExports;
