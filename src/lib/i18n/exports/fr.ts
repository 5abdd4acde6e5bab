import type { ExportMessages } from './en';

// The French wording of the provenance downloads; it travels with the export panel, like the English.

// Every key of the English catalog, checked by the type.
export const frExports: ExportMessages = {
	exportAnnotations: 'Télécharger les sources de cette vue en annotations Web (JSON-LD)',
	exportProvenance: 'Télécharger la provenance de cette vue (PROV-JSON)',
	exportAnnotationsFile: 'Les sources de chaque fait, en annotations Web du W3C (JSON-LD)',
	exportProvenanceFile: 'D’où vient chaque fait, en PROV du W3C (JSON)'
};
