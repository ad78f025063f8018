import { randomUUID } from 'node:crypto';
import { category, categoryCode, categoryEdit, type Category } from '../../../shared/schemas/town';
import { requireUser } from '../auth-hook';
import type { AppContext } from '../context';
import { HttpError, notFound } from '../errors';

/** The administrator edits a category's name, examples, default unit and department; never its code. */
export function registerCategoryRoutes(ctx: AppContext): void {
  ctx.routes.add(
    {
      method: 'PUT',
      url: '/api/admin/categories/:code',
      summary: "Edit an event category's name, examples, default unit and default department",
      tag: 'admin',
      body: categoryEdit,
      response: category,
    },
    async ({ body, params }, req) => {
      const user = requireUser(req, 'settings:write');
      const code = categoryCode.safeParse(params.code);
      const before = code.success ? ctx.reference().categories.find((c) => c.code === code.data) : undefined;
      if (!code.success || !before) throw notFound('category');
      const deptId = body.defaultDepartmentId;
      if (deptId !== null && !ctx.reference().departments.some((d) => d.id === deptId)) {
        const message = `no department ${deptId}`;
        throw new HttpError(400, 'validation_failed', `defaultDepartmentId: ${message}`, {
          fields: { defaultDepartmentId: message },
        });
      }
      const next: Category = { code: before.code, ...body };
      if (!(await ctx.repo.updateCategory(next))) throw notFound('category');
      // Read the reference again after the write, so concurrent edits of other categories are kept.
      const current = ctx.reference();
      ctx.setReference({
        ...current,
        categories: current.categories.map((c) => (c.code === next.code ? next : c)),
      });
      await ctx.repo.audit({
        id: randomUUID(),
        at: ctx.now().toISOString(),
        userId: user.id,
        action: 'category_update',
        detail: { code: next.code, before, after: next },
      });
      return next;
    },
  );
}
