#!/usr/bin/env bash
# Builds the golden Registry.pol files of this folder byte by byte from MS-GPREG §2.2.1; see README.md.
# Usage: build.sh OUTPUT_DIRECTORY   (the committed .pol files are this script's output)
set -euo pipefail
out="${1:?usage: build.sh OUTPUT_DIRECTORY}"

# One UTF-16LE code unit per ASCII character: the character's byte, then 00.
utf16() { local s="$1" i; for ((i = 0; i < ${#s}; i++)); do printf '%s\x00' "${s:i:1}"; done; }
# A NUL-terminated UTF-16LE string: its characters, then 00 00.
nstr() { utf16 "$1"; printf '\x00\x00'; }
open() { printf '[\x00'; }     # 5B 00
sep() { printf ';\x00'; }      # 3B 00
close() { printf ']\x00'; }    # 5D 00
header() { printf 'PReg\x01\x00\x00\x00'; }   # 50 52 65 67, version 1 little-endian

ae='Software\Policies\Microsoft\Cryptography\AutoEnrollment'

{
  header
  # [key;AEPolicy;REG_DWORD=4;size 4;7]
  open; nstr "$ae"; sep; nstr 'AEPolicy'; sep; printf '\x04\x00\x00\x00'; sep; printf '\x04\x00\x00\x00'; sep
  printf '\x07\x00\x00\x00'; close
  # [key;OfflineExpirationPercent;REG_DWORD=4;size 4;10]
  open; nstr "$ae"; sep; nstr 'OfflineExpirationPercent'; sep; printf '\x04\x00\x00\x00'; sep; printf '\x04\x00\x00\x00'; sep
  printf '\x0a\x00\x00\x00'; close
  # [key;OfflineExpirationStoreNames;REG_SZ=1;size 6;"MY" + NUL]
  open; nstr "$ae"; sep; nstr 'OfflineExpirationStoreNames'; sep; printf '\x01\x00\x00\x00'; sep; printf '\x06\x00\x00\x00'; sep
  nstr 'MY'; close
} > "$out/autoenrollment-user.pol"

{
  header
  # key-only entry: [K;;REG_NONE=0;size 0;]
  open; nstr 'K'; sep; nstr ''; sep; printf '\x00\x00\x00\x00'; sep; printf '\x00\x00\x00\x00'; sep; close
  # [K;S;REG_SZ=1;4;"a"]
  open; nstr 'K'; sep; nstr 'S'; sep; printf '\x01\x00\x00\x00'; sep; printf '\x04\x00\x00\x00'; sep; nstr 'a'; close
  # [K;E;REG_EXPAND_SZ=2;8;"%a%"]
  open; nstr 'K'; sep; nstr 'E'; sep; printf '\x02\x00\x00\x00'; sep; printf '\x08\x00\x00\x00'; sep; nstr '%a%'; close
  # [K;B;REG_BINARY=3;2;01 FF]
  open; nstr 'K'; sep; nstr 'B'; sep; printf '\x03\x00\x00\x00'; sep; printf '\x02\x00\x00\x00'; sep; printf '\x01\xff'; close
  # [K;D;REG_DWORD=4;4;0x80000001]
  open; nstr 'K'; sep; nstr 'D'; sep; printf '\x04\x00\x00\x00'; sep; printf '\x04\x00\x00\x00'; sep; printf '\x01\x00\x00\x80'; close
  # [K;M;REG_MULTI_SZ=7;10;"a" NUL "b" NUL NUL]
  open; nstr 'K'; sep; nstr 'M'; sep; printf '\x07\x00\x00\x00'; sep; printf '\x0a\x00\x00\x00'; sep
  nstr 'a'; nstr 'b'; printf '\x00\x00'; close
  # [K;Q;REG_QWORD=11;8;0x0102030405060708]
  open; nstr 'K'; sep; nstr 'Q'; sep; printf '\x0b\x00\x00\x00'; sep; printf '\x08\x00\x00\x00'; sep
  printf '\x08\x07\x06\x05\x04\x03\x02\x01'; close
  # [K;**del.X;REG_SZ=1;4;" "]: tells clients to delete value X
  open; nstr 'K'; sep; nstr '**del.X'; sep; printf '\x01\x00\x00\x00'; sep; printf '\x04\x00\x00\x00'; sep; nstr ' '; close
  # [K\Sub;;REG_SZ=1;4;"v"]: the key's default (unnamed) value
  open; nstr 'K\Sub'; sep; nstr ''; sep; printf '\x01\x00\x00\x00'; sep; printf '\x04\x00\x00\x00'; sep; nstr 'v'; close
} > "$out/all-kinds.pol"
