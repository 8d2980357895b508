/**
 * What simulated clients look like: personas with their user agents, routes (templates whose
 * `{…}` slots become IDs, tokens and words), method mixes and session lengths.
 */

export type Route = {
	/** `{num}` `{uuid}` `{hex}` `{token}` `{word}` `{slug}` are filled per request. */
	template: string;
	methods: readonly (readonly [string, number])[];
};

export type Persona = {
	name: string;
	/** Share of IPs with this persona. */
	share: number;
	userAgents: readonly string[];
	/** Routes in popularity order (requests are Zipf-distributed over them). */
	routes: readonly Route[];
	/** Mean events per session. */
	sessionLength: number;
	/** Mean gap between a session's requests, ms. */
	thinkMs: number;
};

const GET = [['GET', 1]] as const;

const API_ROUTES: readonly Route[] = [
	{ template: '/api/v1/products', methods: GET },
	{
		template: '/api/v1/products/{num}',
		methods: [
			['GET', 90],
			['PUT', 6],
			['DELETE', 2],
			['PATCH', 2],
		],
	},
	{
		template: '/api/v1/cart',
		methods: [
			['GET', 60],
			['POST', 30],
			['DELETE', 10],
		],
	},
	{
		template: '/api/v1/users/{num}',
		methods: [
			['GET', 85],
			['PATCH', 15],
		],
	},
	{ template: '/api/v1/search?q={word}&page={num}', methods: GET },
	{ template: '/api/v1/users/{num}/orders', methods: GET },
	{
		template: '/api/v1/orders/{uuid}',
		methods: [
			['GET', 95],
			['DELETE', 5],
		],
	},
	{ template: '/api/v1/checkout', methods: [['POST', 1]] },
	{ template: '/auth/login', methods: [['POST', 1]] },
	{ template: '/auth/refresh', methods: [['POST', 1]] },
	{
		template: '/api/v1/sessions/{token}',
		methods: [
			['GET', 70],
			['DELETE', 30],
		],
	},
	{
		template: '/api/v1/files/{hex}',
		methods: [
			['GET', 80],
			['HEAD', 20],
		],
	},
	{ template: '/api/v2/recommendations?user={num}', methods: GET },
	{ template: '/graphql', methods: [['POST', 1]] },
	{
		template: '/api/v1/products/{num}/reviews',
		methods: [
			['GET', 80],
			['POST', 20],
		],
	},
	{ template: '/health', methods: GET },
];

const BROWSER_ROUTES: readonly Route[] = [
	...API_ROUTES.slice(0, 6),
	{ template: '/static/app.{hex}.js', methods: GET },
	{ template: '/api/v1/cart', methods: [['OPTIONS', 1]] },
	...API_ROUTES.slice(6),
];

export const PERSONAS: readonly Persona[] = [
	{
		name: 'browser',
		share: 0.55,
		userAgents: [
			'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
			'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Safari/605.1.15',
			'Mozilla/5.0 (X11; Linux x86_64; rv:143.0) Gecko/20100101 Firefox/143.0',
			'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36 Edg/141.0.0.0',
		],
		routes: BROWSER_ROUTES,
		sessionLength: 12,
		thinkMs: 4000,
	},
	{
		name: 'mobile',
		share: 0.22,
		userAgents: [
			'Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
			'ShopApp/5.12.0 (Android 15; Pixel 9)',
			'ShopApp/5.11.2 (iOS 18.3; iPhone15,2)',
			'okhttp/4.12.0',
		],
		routes: API_ROUTES,
		sessionLength: 8,
		thinkMs: 6000,
	},
	{
		name: 'api-client',
		share: 0.13,
		userAgents: [
			'python-requests/2.32.3',
			'axios/1.7.9',
			'Go-http-client/2.0',
			'curl/8.11.1',
			'PostmanRuntime/7.43.0',
		],
		routes: API_ROUTES,
		sessionLength: 30,
		thinkMs: 500,
	},
	{
		name: 'crawler',
		share: 0.06,
		userAgents: [
			'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
			'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
		],
		routes: [
			{ template: '/robots.txt', methods: GET },
			{ template: '/sitemap.xml', methods: GET },
			{
				template: '/products/{slug}',
				methods: [
					['GET', 80],
					['HEAD', 20],
				],
			},
			{ template: '/blog/{slug}', methods: GET },
			{ template: '/api/v1/products/{num}', methods: GET },
		],
		sessionLength: 25,
		thinkMs: 1500,
	},
	{
		name: 'scanner',
		share: 0.04,
		userAgents: [
			'Mozilla/5.0 zgrab/0.x',
			'masscan/1.3',
			'Nuclei - Open-source project (github.com/projectdiscovery/nuclei)',
		],
		routes: [
			{ template: '/.env', methods: GET },
			{
				template: '/wp-admin/{word}.php',
				methods: [
					['GET', 70],
					['POST', 30],
				],
			},
			{ template: '/.git/config', methods: GET },
			{
				template: '/{word}/{word}.{word}',
				methods: [
					['GET', 80],
					['POST', 10],
					['HEAD', 10],
				],
			},
			{ template: '/phpmyadmin/index.php', methods: GET },
			{ template: '/backup/{word}-{num}.zip', methods: GET },
			{
				template: '/cgi-bin/{word}',
				methods: [
					['GET', 50],
					['POST', 50],
				],
			},
		],
		sessionLength: 60,
		thinkMs: 150,
	},
];

export const COUNTRIES: readonly (readonly [string, number])[] = [
	['US', 30],
	['DE', 8],
	['IN', 8],
	['GB', 7],
	['CN', 6],
	['FR', 5],
	['BR', 5],
	['JP', 5],
	['CA', 4],
	['NL', 3],
	['AU', 3],
	['KR', 3],
	['RU', 3],
	['SG', 2],
	['PL', 2],
	['ES', 2],
	['IT', 2],
	['SE', 1],
	['XX', 1],
];

export const WORDS: readonly string[] = [
	'alpha',
	'admin',
	'shoes',
	'laptop',
	'coffee',
	'garden',
	'config',
	'login',
	'backup',
	'db',
	'shell',
	'test',
	'winter',
	'sale',
	'camera',
	'phone',
	'old',
	'upload',
	'setup',
	'install',
	'private',
	'data',
	'dump',
	'site',
];
