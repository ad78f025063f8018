import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResolveForm } from '../../../src/client/features/field/resolve-form';
import { uploadPhoto } from '../../../src/client/lib/field/upload-photo';
import { renderWithProviders } from '../render';

vi.mock('../../../src/client/lib/field/upload-photo', () => ({
  uploadPhoto: vi.fn(),
}));

const MB = 1024 * 1024;
let uploads: string[];

function jpeg(name: string, bytes = 1000): File {
  return new File([new Uint8Array(bytes)], name, { type: 'image/jpeg' });
}

function pick(files: File[]): void {
  fireEvent.change(screen.getByTestId('photo-input'), { target: { files } });
}

beforeEach(() => {
  uploads = [];
  vi.mocked(uploadPhoto).mockImplementation(async (blob, type, onProgress) => {
    onProgress(1);
    const id = `00000000-0000-4000-8000-00000000000${uploads.length}`;
    uploads.push(type);
    return { id, url: `/api/photos/${id}`, type, bytes: blob.size };
  });
});

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

function renderForm() {
  const onSubmit = vi.fn();
  renderWithProviders(<ResolveForm pending={false} onSubmit={onSubmit} onCancel={() => undefined} />);
  return onSubmit;
}

describe('resolve form photos', () => {
  it('takes nine photos and refuses the tenth', async () => {
    const onSubmit = renderForm();
    pick(Array.from({ length: 8 }, (_, i) => jpeg(`p${i + 1}.jpg`)));
    pick([jpeg('p9.jpg'), jpeg('p10.jpg')]);

    expect(screen.getAllByTestId('photo-thumb')).toHaveLength(9);
    expect(screen.getByRole('alert').textContent).toBe('p10.jpg：每次最多 9 张照片');
    expect(screen.getByTestId('photo-count').textContent).toBe('9/9 张');
    await waitFor(() => expect(uploads).toHaveLength(9));

    fireEvent.change(screen.getByLabelText('处置情况'), { target: { value: '已清理完毕' } });
    await act(async () => {
      fireEvent.submit(screen.getByRole('form', { name: '处置回单' }));
    });
    expect(onSubmit).toHaveBeenCalledTimes(1);
    const fields = onSubmit.mock.calls[0]![0] as { report: string; photos: string[] };
    expect(fields.report).toBe('已清理完毕');
    expect(fields.photos).toHaveLength(9);
    expect(fields.photos[0]).toBe('/api/photos/00000000-0000-4000-8000-000000000000');
  });

  it('refuses an 11 MB photo and one that is not an image, and uploads the rest', async () => {
    renderForm();
    pick([jpeg('huge.jpg', 11 * MB), new File(['x'], 'notes.txt', { type: 'text/plain' }), jpeg('ok.jpg')]);

    const alerts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(alerts).toEqual(['huge.jpg：照片超过 10 MB', 'notes.txt：仅支持 JPEG、PNG、HEIC 照片']);
    expect(screen.getAllByTestId('photo-thumb')).toHaveLength(1);
    await waitFor(() => expect(uploads).toEqual(['image/jpeg']));
  });

  it('does not send the report while a photo is still uploading', async () => {
    let finish: (() => void) | undefined;
    vi.mocked(uploadPhoto).mockImplementation(
      (_blob, type) =>
        new Promise((resolve) => {
          finish = () => resolve({ id: 'x', url: '/api/photos/x', type, bytes: 1 });
        }),
    );
    const onSubmit = renderForm();
    pick([jpeg('slow.jpg')]);
    fireEvent.change(screen.getByLabelText('处置情况'), { target: { value: '已处理' } });
    fireEvent.submit(screen.getByRole('form', { name: '处置回单' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('照片还在上传，请稍候再提交');

    await waitFor(() => expect(finish).toBeDefined());
    await act(async () => finish?.());
    fireEvent.submit(screen.getByRole('form', { name: '处置回单' }));
    expect(onSubmit).toHaveBeenCalledWith({ report: '已处理', photos: ['/api/photos/x'] });
  });

  it('does not send the report while a photo failed to upload; after a retry it does', async () => {
    vi.mocked(uploadPhoto).mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const onSubmit = renderForm();
    pick([jpeg('offline.jpg')]);
    fireEvent.change(screen.getByLabelText('处置情况'), { target: { value: '已处理' } });
    const retry = await screen.findByRole('button', { name: '重新上传' });
    fireEvent.submit(screen.getByRole('form', { name: '处置回单' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('有照片上传失败：请重新上传或删除后再提交');

    fireEvent.click(retry);
    await waitFor(() => expect(screen.queryByRole('button', { name: '重新上传' })).toBeNull());
    await waitFor(() => expect(uploads).toHaveLength(1));
    fireEvent.submit(screen.getByRole('form', { name: '处置回单' }));
    expect(onSubmit).toHaveBeenCalledWith({
      report: '已处理',
      photos: ['/api/photos/00000000-0000-4000-8000-000000000000'],
    });
  });
});
