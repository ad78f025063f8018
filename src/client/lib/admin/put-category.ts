import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UseMutationResult } from '@tanstack/react-query';
import { category } from '../../../shared/schemas/town';
import type { Category, CategoryCode, CategoryEdit } from '../../../shared/schemas/town';
import { categoriesQueryOptions } from '../triage/get-categories';
import { apiPut } from './api-put';

/** PUT /api/admin/categories/:code; a 400 names each bad field in `error.fields` (`examples.2`, …). */
export function putCategory(code: CategoryCode, edit: CategoryEdit): Promise<Category> {
  return apiPut(`/api/admin/categories/${encodeURIComponent(code)}`, edit, category);
}

/** Saves, then refetches the category list every screen names categories from. */
export function useSaveCategory(): UseMutationResult<
  Category,
  Error,
  { code: CategoryCode; edit: CategoryEdit }
> {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ code, edit }) => putCategory(code, edit),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoriesQueryOptions().queryKey }),
  });
}
