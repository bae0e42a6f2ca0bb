#!/usr/bin/env bash
# Regenerates the test-only TLS material in this directory (never used outside tests):
#   ca.pem                            a certificate authority (its key is discarded)
#   signed.pem / signed.key           a server certificate for 127.0.0.1 issued by it
#   self-signed.pem / self-signed.key a self-signed server certificate for 127.0.0.1
#   other-ca.pem                      an unrelated authority, which must not be trusted
# Valid for 100 years so the tests do not expire.
set -euo pipefail
cd "$(dirname "$0")"
days=36500
subject_alt="subjectAltName=IP:127.0.0.1"
openssl req -x509 -newkey rsa:2048 -nodes -days "$days" -subj "/CN=RecOps Test CA" \
  -keyout ca.key -out ca.pem -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout signed.key \
  -out signed.csr 2>/dev/null
openssl x509 -req -in signed.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days "$days" \
  -extfile <(printf '%s\nextendedKeyUsage=serverAuth\n' "$subject_alt") -out signed.pem 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -days "$days" -subj "/CN=127.0.0.1" \
  -keyout self-signed.key -out self-signed.pem -addext "$subject_alt" 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -days "$days" -subj "/CN=Unrelated CA" \
  -keyout other-ca.key -out other-ca.pem -addext "basicConstraints=critical,CA:TRUE" 2>/dev/null
rm -f signed.csr ca.srl other-ca.key ca.key
