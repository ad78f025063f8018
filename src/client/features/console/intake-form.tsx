import { useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { WorkOrder } from '../../../shared/schemas/work-order';
import { useT } from '../../app/i18n/i18n';
import type { Translate } from '../../app/i18n/i18n';
import { describeError } from '../../components/query-state';
import { isApiError } from '../../lib/api-client';
import { useCreateWorkOrder } from '../../lib/triage/create-work-order';
import type { GazetteerItem } from '../../lib/triage/get-gazetteer';
import { canSuggest, useTriageSuggestion } from '../../lib/triage/get-triage-suggestion';
import type { TriageSuggestion } from '../../lib/triage/get-triage-suggestion';
import { normalisePhone, shouldLookUpCaller } from '../../lib/triage/phone';
import { useDebouncedValue } from '../../lib/triage/use-debounced-value';
import { AddressField } from './address-field';
import { CallerHistory } from './caller-history';
import { FormField, describedBy } from './form-field';
import { GradingSelects, isCategoryCode } from './grading-selects';
import { EMPTY_INTAKE, INTAKE_SOURCES, fieldOfPath, toCreateBody } from './intake-values';
import type { ClientProblem, IntakeField, IntakeValues } from './intake-values';
import { SuggestionCard } from './suggestion-card';

const SUGGEST_DEBOUNCE_MS = 400;
type FieldErrors = Partial<Record<IntakeField, string>>;

function clientMessages(problems: Partial<Record<IntakeField, ClientProblem>>, t: Translate): FieldErrors {
  const messages: FieldErrors = {};
  for (const [field, problem] of Object.entries(problems) as [IntakeField, ClientProblem][]) {
    messages[field] = t(`intake.problem.${problem}`);
  }
  return messages;
}

/** A 400's `fields` onto the inputs; paths with no input of their own are returned apart. */
function serverMessages(
  fields: Record<string, string>,
  t: Translate,
): { errors: FieldErrors; rest: string[] } {
  const errors: FieldErrors = {};
  const rest: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const field = fieldOfPath(path);
    if (field) errors[field] ??= t('intake.fieldInvalid', { message });
    else rest.push(`${path}: ${message}`);
  }
  return { errors, rest };
}

/** 受理登记: a call or visit taken at the console becomes a new order (待受理). */
export function IntakeForm({ onOpenInTriage }: { onOpenInTriage: (id: string) => void }): ReactElement {
  const t = useT();
  const [values, setValues] = useState<IntakeValues>(EMPTY_INTAKE);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [phoneLeft, setPhoneLeft] = useState(false);
  const [created, setCreated] = useState<WorkOrder | null>(null);
  const [located, setLocated] = useState<string | null>(null);
  const create = useCreateWorkOrder();

  const phone = normalisePhone(values.phone);
  const lookUp = shouldLookUpCaller(phone, phoneLeft);
  const suggestInput = {
    description: useDebouncedValue(values.description, SUGGEST_DEBOUNCE_MS),
    title: useDebouncedValue(values.title, SUGGEST_DEBOUNCE_MS),
  };
  const suggestion = useTriageSuggestion(suggestInput);
  const suggestionApplied =
    suggestion.data !== undefined &&
    values.priority === suggestion.data.priority &&
    (values.category === (suggestion.data.category ?? '') || !isCategoryCode(suggestion.data.category));

  function set<K extends keyof IntakeValues>(name: K, value: IntakeValues[K]): void {
    setValues((current) => ({ ...current, [name]: value }));
    const field: IntakeField =
      name === 'lat' || name === 'lng' ? 'location' : (name as Exclude<keyof IntakeValues, 'lat' | 'lng'>);
    setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }

  function handleChoosePlace(item: GazetteerItem): void {
    setValues((current) => ({
      ...current,
      address: item.label,
      lat: String(item.lat),
      lng: String(item.lng),
    }));
    setErrors((current) => ({ ...current, address: undefined, location: undefined }));
    setLocated(item.label);
  }

  function handleApply(next: TriageSuggestion): void {
    setValues((current) => ({
      ...current,
      category: isCategoryCode(next.category) ? next.category : current.category,
      priority: next.priority,
    }));
  }

  function handleReset(): void {
    setValues(EMPTY_INTAKE);
    setErrors({});
    setFormError(null);
    setPhoneLeft(false);
    setLocated(null);
    create.reset();
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    setFormError(null);
    const result = toCreateBody(values);
    if (!result.ok) {
      setErrors(clientMessages(result.problems, t));
      setFormError(t('intake.fixFields'));
      return;
    }
    create.mutate(result.body, {
      onSuccess: (order) => {
        setCreated(order);
        handleReset();
      },
      onError: (error) => {
        if (isApiError(error, 400) && error.body.fields) {
          const { errors: fromServer, rest } = serverMessages(error.body.fields, t);
          setErrors(fromServer);
          setFormError([t('intake.fixFields'), ...rest].join(' '));
        } else {
          setFormError(t('intake.failed', { message: describeError(error, t) }));
        }
      },
    });
  }

  function invalid(
    id: string,
    field: IntakeField,
    hint = false,
  ): { 'aria-invalid': true | undefined; 'aria-describedby': string | undefined } {
    return {
      'aria-invalid': errors[field] ? true : undefined,
      'aria-describedby': describedBy(id, hint, errors[field]),
    };
  }

  return (
    <div className="intake">
      <form className="intake__form" aria-label={t('intake.title')} onSubmit={handleSubmit} noValidate>
        {created && (
          <div className="intake__created" role="status">
            <span>{t('intake.created', { number: created.number })}</span>
            <button type="button" className="primary" onClick={() => onOpenInTriage(created.id)}>
              {t('intake.registerNow')}
            </button>
            <button type="button" className="link-button" onClick={() => setCreated(null)}>
              {t('intake.dismiss')}
            </button>
          </div>
        )}
        <div className="intake__row">
          <FormField id="intake-source" label={t('intake.source')} error={errors.source}>
            <select
              id="intake-source"
              value={values.source}
              onChange={(e) => set('source', INTAKE_SOURCES.find((s) => s === e.target.value) ?? 'phone')}
            >
              {INTAKE_SOURCES.map((source) => (
                <option key={source} value={source}>
                  {t(`source.${source}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id="intake-name" label={t('intake.callerName')} error={errors.name}>
            <input
              id="intake-name"
              value={values.name}
              {...invalid('intake-name', 'name')}
              onChange={(e) => set('name', e.target.value)}
            />
          </FormField>
          <FormField
            id="intake-phone"
            label={t('intake.callerPhone')}
            hint={t('intake.phoneHint')}
            error={errors.phone}
          >
            <input
              id="intake-phone"
              type="tel"
              inputMode="tel"
              value={values.phone}
              {...invalid('intake-phone', 'phone', true)}
              onChange={(e) => {
                set('phone', e.target.value);
                setPhoneLeft(false);
              }}
              onBlur={() => setPhoneLeft(true)}
            />
          </FormField>
        </div>
        <AddressField
          value={values.address}
          onChange={(text) => set('address', text)}
          onChoose={handleChoosePlace}
          error={errors.address}
        />
        <div className="intake__row">
          <FormField id="intake-lat" label={t('intake.lat')}>
            <input
              id="intake-lat"
              inputMode="decimal"
              value={values.lat}
              {...invalid('intake-location', 'location')}
              onChange={(e) => set('lat', e.target.value)}
            />
          </FormField>
          <FormField id="intake-lng" label={t('intake.lng')}>
            <input
              id="intake-lng"
              inputMode="decimal"
              value={values.lng}
              {...invalid('intake-location', 'location')}
              onChange={(e) => set('lng', e.target.value)}
            />
          </FormField>
        </div>
        <p className="muted field-hint">
          {located ? `${t('intake.located', { label: located })} ` : ''}
          {t('intake.locationHint')}
        </p>
        {errors.location && (
          <p id="intake-location-error" className="field-error">
            {errors.location}
          </p>
        )}
        <FormField id="intake-title" label={t('intake.titleField')} error={errors.title}>
          <input
            id="intake-title"
            value={values.title}
            required
            {...invalid('intake-title', 'title')}
            onChange={(e) => set('title', e.target.value)}
          />
        </FormField>
        <FormField id="intake-description" label={t('intake.description')} error={errors.description}>
          <textarea
            id="intake-description"
            rows={5}
            value={values.description}
            {...invalid('intake-description', 'description')}
            onChange={(e) => set('description', e.target.value)}
          />
        </FormField>
        <GradingSelects
          idPrefix="intake"
          category={values.category}
          priority={values.priority}
          onCategoryChange={(value) => set('category', value)}
          onPriorityChange={(value) => set('priority', value)}
          emptyLabel={t('intake.unset')}
          categoryError={errors.category}
          priorityError={errors.priority}
        />
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="intake__actions">
          <button type="submit" className="primary" disabled={create.isPending}>
            {create.isPending ? t('intake.submitting') : t('intake.submit')}
          </button>
          <button type="button" onClick={handleReset} disabled={create.isPending}>
            {t('intake.reset')}
          </button>
        </div>
      </form>
      <aside className="intake__aids">
        {lookUp ? (
          <CallerHistory phone={phone} />
        ) : (
          <section className="caller-history" aria-label={t('intake.history')}>
            <h3>{t('intake.history')}</h3>
            <p className="muted">{t('intake.historyHint')}</p>
          </section>
        )}
        <SuggestionCard
          query={suggestion}
          enabled={canSuggest(suggestInput)}
          onApply={handleApply}
          applied={suggestionApplied}
        />
      </aside>
    </div>
  );
}
