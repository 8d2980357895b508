/**
 * A user agent's family, for the clients' mix: a handful of well-known names matched in a
 * fixed order (bots and tools before browsers, since bots often claim to be browsers).
 * Anything else is "other": the mix never repeats a raw user-agent string.
 */
const FAMILIES: [RegExp, string][] = [
	[/bot|crawler|spider|slurp/i, 'bot'],
	[/^curl\//i, 'curl'],
	[/^wget\//i, 'wget'],
	[/python-requests|python-urllib|aiohttp|httpx/i, 'Python'],
	[/go-http-client/i, 'Go'],
	[/^node|undici|axios|node-fetch/i, 'Node.js'],
	[/okhttp/i, 'OkHttp (Android)'],
	[/^java\//i, 'Java'],
	[/postman/i, 'Postman'],
	[/edg\//i, 'Edge'],
	[/firefox\//i, 'Firefox'],
	[/chrome\/|crios\//i, 'Chrome'],
	[/safari\//i, 'Safari'],
];

export function userAgentFamily(ua: string | null): string {
	if (!ua?.trim()) return 'unknown';
	for (const [re, name] of FAMILIES) if (re.test(ua)) return name;
	return 'other';
}
