/** Downloads need the bearer token, so they are fetched as blobs and saved from memory under a file name. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** The file name the server proposes (Content-Disposition), else the fallback. */
export function fileNameOf(response: Response | undefined, fallback: string): string {
  const header = response?.headers.get('Content-Disposition') ?? '';
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain ? plain[1].trim() : fallback;
}
