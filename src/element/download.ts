/** Saving text as a file from the page: the element's results, the self-check kit, the authoring page's bank. */

/** Offers `text` as a download named `name`, of media type `mediaType`, through a link clicked in `doc`. */
export function saveFile(name: string, text: string, mediaType: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = Object.assign(doc.createElement('a'), { href: url, download: name });
  // Some browsers follow only a link that is in the document.
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
