/**
 * Renders the page from the precompiled (strict-mode, known-helpers-only) templates in
 * `generated/site-assets.ts`. Untrusted strings reach HTML only through `{{ }}` escaping; the
 * one helper that emits raw text is `json`, which produces script-safe JSON for the data island.
 */
import Handlebars from 'handlebars';
import { scriptSafeJson } from './core/outputs/script-json.ts';
import type { ClientPage } from './core/sections/clients-panel.ts';
import type { PageView, TimeView } from './core/view-model.ts';
import { PAGE_TEMPLATE, PARTIAL_TEMPLATES } from './generated/site-assets.ts';

/** Self only: no inline script or style, no third-party origin. */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"font-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'none'",
].join('; ');

export type PageContext = {
	page: PageView;
	csp: string;
	assets: { js: string; css: string };
	badges: string[];
};

type Renderers = {
	page: Handlebars.TemplateDelegate<PageContext>;
	clientPage: Handlebars.TemplateDelegate<ClientPageContext>;
};

// Built once per process: the templates are fixed at build time and rendering keeps no state.
let renderers: Renderers | null = null;

function runtime(): Renderers {
	if (renderers) return renderers;
	const hb = Handlebars.create();
	hb.registerHelper('json', (value: unknown) => new hb.SafeString(scriptSafeJson(value)));
	for (const [name, spec] of Object.entries(PARTIAL_TEMPLATES)) hb.registerPartial(name, hb.template(spec));
	const client = PARTIAL_TEMPLATES['client-page'];
	if (!client) throw new Error('the client-page template is missing: run `npm run build:site-assets`');
	renderers = {
		page: hb.template<PageContext>(PAGE_TEMPLATE),
		clientPage: hb.template<ClientPageContext>(client),
	};
	return renderers;
}

/** Renders index.html. A missing field throws (strict mode) rather than rendering empty. */
export function renderPage(ctx: PageContext): string {
	return runtime().page(ctx);
}

export type ClientPageContext = {
	client: ClientPage;
	title: string;
	csp: string;
	css: string;
	anonymisation: string;
	snapshotAt: TimeView;
};

/** Renders one client's drill-down page (`clients/<rank>.html`, assets one level up). */
export function renderClientPage(ctx: ClientPageContext): string {
	return runtime().clientPage(ctx);
}
