/** One file part of a multipart/form-data body, as the fake received it. */
export interface ReceivedFile {
	field: string;
	fileName: string;
	mimeType: string;
	data: Buffer;
}

export interface MultipartBody {
	/** Text fields; a field sent more than once is a list, as HighLevel's parser (multer) reads it. */
	fields: Record<string, string | string[]>;
	files: ReceivedFile[];
}

/**
 * Parses a multipart/form-data body (RFC 7578) strictly: a body this refuses is one HighLevel's
 * parser would refuse too (no boundary, a part without a name, a missing closing delimiter).
 */
export function parseMultipart(
	raw: Buffer,
	contentType: string,
): MultipartBody | { error: string } {
	const boundaryMatch = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
	const boundary = boundaryMatch?.[1] ?? boundaryMatch?.[2];
	if (!boundary) return { error: 'Multipart: Boundary not found' };
	const delimiter = Buffer.from(`--${boundary}`);
	const fields: Record<string, string | string[]> = {};
	const files: ReceivedFile[] = [];
	let at = raw.indexOf(delimiter);
	if (at !== 0) return { error: 'Multipart: body does not start with the boundary' };
	for (;;) {
		at += delimiter.length;
		if (raw.subarray(at, at + 2).toString() === '--') return { fields, files };
		if (raw.subarray(at, at + 2).toString() !== '\r\n')
			return { error: 'Multipart: malformed part delimiter' };
		at += 2;
		const headEnd = raw.indexOf('\r\n\r\n', at);
		if (headEnd === -1) return { error: 'Multipart: part without headers' };
		const headers = raw.subarray(at, headEnd).toString('utf8').split('\r\n');
		const next = raw.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headEnd + 4);
		if (next === -1) return { error: 'Multipart: Unexpected end of form' };
		const data = raw.subarray(headEnd + 4, next);
		const disposition = headers.find((h) => /^content-disposition:/i.test(h)) ?? '';
		const name = /;\s*name="([^"]*)"/i.exec(disposition)?.[1];
		if (!/^content-disposition:\s*form-data/i.test(disposition) || !name)
			return { error: 'Multipart: part without a field name' };
		const fileName = /;\s*filename="([^"]*)"/i.exec(disposition)?.[1];
		if (fileName !== undefined) {
			const type = headers.find((h) => /^content-type:/i.test(h));
			files.push({
				field: name,
				fileName,
				mimeType: type ? type.replace(/^content-type:\s*/i, '') : 'application/octet-stream',
				data: Buffer.from(data),
			});
		} else {
			const value = data.toString('utf8');
			const before = fields[name];
			fields[name] =
				before === undefined ? value : [...(Array.isArray(before) ? before : [before]), value];
		}
		at = next + 2;
	}
}
