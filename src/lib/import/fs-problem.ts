import path from 'node:path';

// What a file system error means for one file of an import, in words, with what to do about it.
// Each message follows the file's name: "<file>: cannot be read: …".

const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code;

/** A file or folder to import that cannot be read. */
export function readProblem(e: unknown, what: 'file' | 'folder'): string {
  switch (codeOf(e)) {
    case 'EACCES':
    case 'EPERM':
      return what === 'file'
        ? 'cannot be read: permission denied (you have no read permission for it): give yourself read permission (chmod u+r), or import a copy you can read'
        : 'is a folder that cannot be read: permission denied (you have no permission to list it): give yourself permission (chmod u+rx), or import a copy you can read';
    case 'ENOENT':
      return 'cannot be read: it is not there any more (moved or deleted while the import ran): import it again from where it is now';
    case 'EISDIR':
      return 'is a folder where a file was expected: name the folder itself to import the files in it';
    case 'ELOOP':
      return 'is a symbolic link that loops back on itself: replace it with the file or folder it should stand for';
    case 'ENAMETOOLONG':
      return 'has a name too long for the file system to open: rename it, or its folder, shorter';
    case 'EIO':
      return 'cannot be read: the disk reported an error (EIO): copy it again from where it came from';
    case 'EMFILE':
    case 'ENFILE':
      return 'cannot be read: too many files are open at once: import fewer files at a time';
    default:
      return `cannot be read: ${(e as Error).message}`;
  }
}

/** A document whose entries cannot be written into the content folder. */
export function writeProblem(e: unknown, content: string): string {
  const at = (e as NodeJS.ErrnoException).path;
  const where = at ? path.relative(content, at) || at : 'the content folder';
  switch (codeOf(e)) {
    case 'EACCES':
    case 'EPERM':
      return `cannot be written: permission denied for ${where}: give yourself permission to write there, or import into another folder with --content <dir>`;
    case 'ENOTDIR':
    case 'EEXIST':
      return `cannot be written: a part of ${where} is a file, not a folder: move that file aside, or import into another folder with --content <dir>`;
    case 'EISDIR':
      return `cannot be written: ${where} is a folder where the entry's file would go: move the folder aside`;
    case 'ENOSPC':
    case 'EDQUOT':
      return 'cannot be written: the disk is full: make room, then import it again';
    case 'EROFS':
      return 'cannot be written: the content folder is on a read-only disk: import into another folder with --content <dir>';
    case 'ENAMETOOLONG':
      return `cannot be written: the name ${where.slice(0, 80)}… is too long for the file system: correct the text it was made from, then import it again`;
    default:
      return `cannot be written: ${(e as Error).message}`;
  }
}

/** A file name made from a document's text that no file system takes (most allow 255 bytes). */
export function nameTooLong(name: string): string {
  return (
    `cannot be written: the file name "${name.slice(0, 40)}…", made from its text, is ${Buffer.byteLength(name)} bytes long, ` +
    'too long for the file system (at most 255): a paragraph, or words run together, were probably read as a name or a title; ' +
    'correct that in the document, then import it again'
  );
}
