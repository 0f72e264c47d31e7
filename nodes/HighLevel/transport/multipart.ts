import { randomBytes } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/** One file of a multipart/form-data body. */
export interface UploadFile {
	/** The form field HighLevel reads the file from, e.g. `fileAttachment` or `file`. */
	field: string;
	fileName: string;
	mimeType: string;
	data: Buffer;
}

/**
 * A multipart/form-data body as one Buffer (RFC 7578), so the node needs no form library and an
 * attempt that is sent again (after a 429) sends the same bytes. Text fields come first, then the
 * files; a list gives the field once per entry, as browsers and HighLevel's upload parser expect.
 */
export function encodeMultipart(
	fields: IDataObject,
	files: readonly UploadFile[],
): { body: Buffer; contentType: string } {
	const parts: Array<{ head: string; data: Buffer }> = [];
	for (const [name, value] of Object.entries(fields)) {
		for (const entry of Array.isArray(value) ? value : [value]) {
			if (entry === undefined || entry === null) continue;
			if (typeof entry === 'object')
				throw new Error(`Multipart field ${name} must be text, a number or true/false`);
			parts.push({
				head: `Content-Disposition: form-data; name="${quoted(name)}"`,
				data: Buffer.from(String(entry), 'utf8'),
			});
		}
	}
	for (const file of files) {
		parts.push({
			head:
				`Content-Disposition: form-data; name="${quoted(file.field)}"; filename="${quoted(file.fileName)}"\r\n` +
				`Content-Type: ${file.mimeType.replace(/[\r\n]/g, '') || 'application/octet-stream'}`,
			data: file.data,
		});
	}
	let boundary = newBoundary();
	while (parts.some((p) => p.data.includes(boundary))) boundary = newBoundary();
	const chunks: Buffer[] = [];
	for (const part of parts) {
		chunks.push(
			Buffer.from(`--${boundary}\r\n${part.head}\r\n\r\n`, 'utf8'),
			part.data,
			Buffer.from('\r\n'),
		);
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

function newBoundary(): string {
	return `----n8nHighLevel${randomBytes(12).toString('hex')}`;
}

/** Names and file names are quoted strings: quotes and line breaks are percent-encoded (WHATWG). */
function quoted(value: string): string {
	return value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}
