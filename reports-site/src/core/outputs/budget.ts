/** The page-weight budget the build enforces (gzip sizes, the bytes a visitor downloads). */
export type Budget = { jsGzipBytes: number; htmlGzipBytes: number };

export const DEFAULT_BUDGET: Budget = { jsGzipBytes: 80 * 1024, htmlGzipBytes: 60 * 1024 };

export type Weighed = { path: string; bytes: number; gzipBytes: number };
export type BudgetReport = { js: number; html: number; violations: string[] };

/** Sums JS and HTML gzip sizes and lists what exceeds the budget (empty when within). */
export function checkBudget(files: Weighed[], budget: Budget): BudgetReport {
	const sum = (ext: string) => files.filter((f) => f.path.endsWith(ext)).reduce((n, f) => n + f.gzipBytes, 0);
	const js = sum('.js');
	const html = sum('.html');
	const violations: string[] = [];
	const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
	if (js > budget.jsGzipBytes)
		violations.push(`JavaScript is ${kb(js)} gzip, over the ${kb(budget.jsGzipBytes)} budget`);
	if (html > budget.htmlGzipBytes)
		violations.push(`HTML is ${kb(html)} gzip, over the ${kb(budget.htmlGzipBytes)} budget`);
	return { js, html, violations };
}
