/**
 * What a failed file-system call means, in words a user can act on
 * (`EACCES: permission denied, open '…'` says it to a programmer).
 */

/** Calls that create or change files: their failures concern an output. */
const writing = new Set(['mkdir', 'open', 'write', 'rename', 'copyfile', 'unlink', 'rm'])

export function describeFileError(error: unknown, action: 'read' | 'write' = 'read'): string {
  const {code, message} = error as NodeJS.ErrnoException
  const written = action === 'write'
  switch (code) {
    case 'ENOENT':
      return written ? 'the folder to write into does not exist' : 'no such file or folder'
    case 'EISDIR':
      return 'this is a folder, not a file'
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder'
    case 'EEXIST':
      return written ? 'a file of this name is in the way of the output folder' : 'the path already exists'
    case 'EACCES':
    case 'EPERM':
      return written ? 'permission denied: the output cannot be written here' : 'permission denied: the file cannot be read'
    case 'EROFS':
      return 'the file system is read-only'
    case 'ENOSPC':
      return 'the disk is full'
    case 'ELOOP':
      return 'the path is a loop of symbolic links'
    case 'ENAMETOOLONG':
      return 'the path is too long'
    default:
      return `the file cannot be ${written ? 'written' : 'read'} (${message})`
  }
}

/** An error from a file-system call, with the path it concerns. */
export function isFileError(error: unknown): error is NodeJS.ErrnoException & {path: string; syscall: string} {
  const candidate = error as NodeJS.ErrnoException
  return candidate instanceof Error && typeof candidate.code === 'string' && typeof candidate.path === 'string' && typeof candidate.syscall === 'string'
}

/** `read` or `write`, by the call that failed. */
export function actionOf(error: {syscall: string}): 'read' | 'write' {
  return writing.has(error.syscall) ? 'write' : 'read'
}

/** The path a failed call concerns: a rename’s destination rather than the temporary file. */
export function pathOf(error: NodeJS.ErrnoException & {path: string}): string {
  return (error as {dest?: string}).dest ?? error.path
}

/** `path: what is wrong`, for any error; file-system errors in words. */
export function explainError(error: unknown): string {
  if (isFileError(error)) return `${pathOf(error)}: ${describeFileError(error, actionOf(error))}`
  return error instanceof Error ? error.message : String(error)
}
