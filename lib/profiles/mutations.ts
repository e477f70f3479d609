import { randomBytes } from "node:crypto";

const HANDLE_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // no 0/o, 1/l: read aloud or typed from paper

/**
 * A profile's address, /members/<handle>: ten random characters (50 bits), never derived from a name, so a
 * member who changes a pseudonym leaves no trace of the old one in links others kept.
 */
export function newProfileHandle(): string {
  return [...randomBytes(10)].map((byte) => HANDLE_ALPHABET[byte % HANDLE_ALPHABET.length]).join("");
}
