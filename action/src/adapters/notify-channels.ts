/**
 * Sends rendered notifications to one channel: builds the type's request(s) from the pure
 * payload builders, resolves URLs and keys from the environment variables the config names,
 * signs webhook bodies, and posts with retries.
 */
import { createHmac } from 'node:crypto';
import type { Channel } from '../core/config/notify.ts';
import {
	alertmanagerAlert,
	pagerdutyPayload,
	type Rendered,
	slackPayload,
	webhookPayload,
} from '../core/notify/payloads.ts';
import { type DeliveryResult, type HttpRequest, postWithRetry, type RetryPolicy } from './notify-http.ts';

export const PAGERDUTY_EVENTS_URL = 'https://events.pagerduty.com/v2/enqueue';

export type ChannelContext = {
	env: Readonly<Record<string, string | undefined>>;
	policy: RetryPolicy;
	now: number;
	dashboardUrl: string | null;
	/** PagerDuty's `source`: where the alert comes from (the repository). */
	source: string;
};

/** One request's items and what became of it. */
export type ChannelSend = { items: Rendered[]; result: DeliveryResult };

/** `sha256=<hex HMAC-SHA256 of the raw body>`, GitHub's webhook signature convention. */
export function signBody(body: string, secret: string): string {
	return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

const JSON_HEADERS = { 'content-type': 'application/json', 'user-agent': 'pathwatch' };

function missing(name: string): DeliveryResult {
	return { ok: false, status: 0, attempts: 0, error: `environment variable ${name} is not set` };
}

function readUrl(env: ChannelContext['env'], name: string): string | DeliveryResult {
	const value = env[name];
	if (!value) return missing(name);
	try {
		const url = new URL(value);
		if (url.protocol === 'http:' || url.protocol === 'https:') return value;
	} catch {
		// Reported below without echoing the value: it is a secret.
	}
	return { ok: false, status: 0, attempts: 0, error: `${name} is not an http(s) URL` };
}

async function sendEach(
	items: readonly Rendered[],
	build: (item: Rendered) => HttpRequest,
	policy: RetryPolicy,
): Promise<ChannelSend[]> {
	const out: ChannelSend[] = [];
	for (const item of items) out.push({ items: [item], result: await postWithRetry(build(item), policy) });
	return out;
}

function webhookRequest(url: string, secret: string | undefined, item: Rendered): HttpRequest {
	const body = JSON.stringify(webhookPayload(item));
	const e = item.event;
	const headers: Record<string, string> = {
		...JSON_HEADERS,
		'x-pathwatch-event': e.transition,
		// Stable per transition, so a receiver can drop a repeat.
		'x-pathwatch-delivery': `${e.fingerprint}-${Date.parse(e.startsAt)}-${e.transition}`,
	};
	if (secret) headers['x-pathwatch-signature-256'] = signBody(body, secret);
	return { url, body, headers };
}

/** Delivers `items` to the channel; never throws for delivery failures. */
export async function sendToChannel(
	channel: Channel,
	items: readonly Rendered[],
	ctx: ChannelContext,
): Promise<ChannelSend[]> {
	if (items.length === 0) return [];
	const fail = (result: DeliveryResult) => [{ items: [...items], result }];
	switch (channel.type) {
		case 'webhook': {
			const url = readUrl(ctx.env, channel.url_env);
			if (typeof url !== 'string') return fail(url);
			const secret = channel.secret_env ? ctx.env[channel.secret_env] : undefined;
			if (channel.secret_env && !secret) return fail(missing(channel.secret_env));
			return sendEach(items, (item) => webhookRequest(url, secret, item), ctx.policy);
		}
		case 'slack': {
			const url = readUrl(ctx.env, channel.url_env);
			if (typeof url !== 'string') return fail(url);
			const body = JSON.stringify(slackPayload(items, ctx.dashboardUrl));
			return [
				{ items: [...items], result: await postWithRetry({ url, body, headers: JSON_HEADERS }, ctx.policy) },
			];
		}
		case 'pagerduty': {
			const key = ctx.env[channel.routing_key_env];
			if (!key) return fail(missing(channel.routing_key_env));
			const url = channel.url_env ? readUrl(ctx.env, channel.url_env) : PAGERDUTY_EVENTS_URL;
			if (typeof url !== 'string') return fail(url);
			const build = (item: Rendered) => ({
				url,
				body: JSON.stringify(pagerdutyPayload(item, key, ctx.source)),
				headers: JSON_HEADERS,
			});
			return sendEach(items, build, ctx.policy);
		}
		case 'alertmanager': {
			const base = readUrl(ctx.env, channel.url_env);
			if (typeof base !== 'string') return fail(base);
			const body = JSON.stringify(items.map((i) => alertmanagerAlert(i, channel.resend_ttl, ctx.now)));
			const url = `${base.replace(/\/+$/, '')}/api/v2/alerts`;
			return [
				{ items: [...items], result: await postWithRetry({ url, body, headers: JSON_HEADERS }, ctx.policy) },
			];
		}
	}
}
