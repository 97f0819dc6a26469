"""Encryption at rest (ODK model): age x25519 to HR's public key, identity behind a passphrase."""

from __future__ import annotations

from pathlib import Path

import pyrage
from pyrage import x25519


class CryptoError(Exception):
    """A key or ciphertext could not be used; the message is Chinese and carries no content."""


def generate_keypair(passphrase: str) -> tuple[str, bytes]:
    """A new HR key pair: (public recipient "age1…", identity encrypted with `passphrase`).

    The identity is age passphrase-encrypted (scrypt) and ASCII-armored, so `age -d` opens it too.
    """
    if not passphrase:
        raise CryptoError("口令不能为空")
    identity = x25519.Identity.generate()
    secret = str(identity).encode("ascii")
    protected = pyrage.passphrase.encrypt(secret, passphrase, armored=True)
    return str(identity.to_public()), protected


def parse_recipient(recipient: str) -> x25519.Recipient:
    """Validate an "age1…" public key."""
    try:
        return x25519.Recipient.from_str(recipient.strip())
    except pyrage.RecipientError:
        raise CryptoError("公钥格式不正确") from None


def encrypt(recipient: str | x25519.Recipient, data: bytes) -> bytes:
    """Encrypt `data` so that only the holder of HR's identity can read it."""
    target = parse_recipient(recipient) if isinstance(recipient, str) else recipient
    return pyrage.encrypt(data, [target])


def unlock(identity_bytes: bytes, passphrase: str) -> x25519.Identity:
    """Open a passphrase-protected identity (slow on purpose: scrypt); reuse the result."""
    try:
        secret = pyrage.passphrase.decrypt(identity_bytes, passphrase)
        return x25519.Identity.from_str(secret.decode("ascii").strip())
    except (pyrage.DecryptError, pyrage.IdentityError, UnicodeDecodeError):
        raise CryptoError("口令不正确或私钥文件已损坏") from None


def decrypt_with(identity: x25519.Identity, cipher: bytes) -> bytes:
    """Decrypt one ciphertext with an unlocked identity."""
    try:
        return pyrage.decrypt(cipher, [identity])
    except pyrage.DecryptError:
        raise CryptoError("无法解密：密钥不匹配或密文已损坏") from None


def decrypt(identity_bytes: bytes, passphrase: str, cipher: bytes) -> bytes:
    """Decrypt one ciphertext with the passphrase-protected identity."""
    return decrypt_with(unlock(identity_bytes, passphrase), cipher)


def load_recipient(path: Path) -> x25519.Recipient | None:
    """HR's public key from `path`, or None when no key is configured there."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")  # comments may be Chinese
    except OSError:
        return None
    lines = [line.strip() for line in text.splitlines()]
    keys = [line for line in lines if line.startswith("age1")]
    return parse_recipient(keys[0]) if keys else None
