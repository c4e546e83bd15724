import { execFileSync } from 'node:child_process';
import { createECDH, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One request the stand-in push service received. */
export interface PushDelivery {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** When it came (Date.now()). */
  at: number;
}

/**
 * A push service of the test's own on 127.0.0.1, over HTTPS (web-push sends only over HTTPS) with a
 * certificate made here by openssl; the app trusts it through NODE_EXTRA_CA_CERTS=`caFile`. A path
 * with "gone" in it answers 410 Gone, as a push service does for an expired subscription.
 */
export async function startPushEndpoint(): Promise<{
  origin: string;
  caFile: string;
  received: PushDelivery[];
  close: () => Promise<void>;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'push-endpoint-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  const received: PushDelivery[] = [];
  const server: Server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
        at: Date.now(),
      });
      res.statusCode = (req.url ?? '').includes('gone') ? 410 : 201;
      res.end();
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('no port');
  return {
    origin: `https://127.0.0.1:${address.port}`,
    caFile: cert,
    received,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** A browser's subscription keys, whose private half the test keeps (to read what is sent to it). */
export function subscriptionKeys() {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return {
    p256dh: ecdh.getPublicKey().toString('base64url'),
    auth: auth.toString('base64url'),
    /** RFC 8291 (aes128gcm, RFC 8188): the plaintext of a push message sent to these keys. */
    decrypt(body: Buffer): string {
      // the header: salt (16), record size (4), key id length (1), key id = the sender's public key
      const salt = body.subarray(0, 16);
      const idLength = body.readUInt8(20);
      const senderPublic = body.subarray(21, 21 + idLength);
      const ciphertext = body.subarray(21 + idLength);
      const shared = ecdh.computeSecret(senderPublic);
      const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), ecdh.getPublicKey(), senderPublic]);
      const ikm = Buffer.from(hkdfSync('sha256', shared, auth, keyInfo, 32));
      const cek = Buffer.from(
        hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16),
      );
      const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
      const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
      decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
      const padded = Buffer.concat([
        decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
        decipher.final(),
      ]);
      // one record, the last: the text, then the delimiter 0x02, then any zero padding
      const end = padded.lastIndexOf(2);
      if (end < 0) throw new Error('no padding delimiter: not the last record');
      return padded.subarray(0, end).toString('utf8');
    },
  };
}
