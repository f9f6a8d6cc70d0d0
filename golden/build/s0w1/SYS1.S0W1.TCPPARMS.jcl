//ZNETLOAD JOB (ACCT),'ZNET LOAD',CLASS=A,MSGCLASS=X
//* Loads 6 member(s) into SYS1.S0W1.TCPPARMS. Written by znet.
//LOAD     EXEC PGM=IEBUPDTE,PARM=NEW
//SYSPRINT DD SYSOUT=*
//SYSUT2   DD DISP=SHR,DSN=SYS1.S0W1.TCPPARMS
//SYSIN    DD DATA,DLM=$$
./ ADD NAME=TTLSTCP
TTLSRule                    TN3270-Operators
{
  LocalPortRange            4000
  Userid                    START1
  Direction                 Inbound
  Priority                  210
  TTLSGroupActionRef        grp-on
  TTLSEnvironmentActionRef  env-tn3270
  TTLSConnectionActionRef   conn-tn3270
}

TTLSRule                    TN3270-All
{
  LocalPortRange            4000
  Direction                 Inbound
  Priority                  200
  TTLSGroupActionRef        grp-on
  TTLSEnvironmentActionRef  env-tn3270
}

TTLSRule                    Batch-To-Partner
{
  RemoteAddr                10.1.0.2
  RemotePortRange           8443
  Jobname                   PAYXFER*
  Direction                 Outbound
  Priority                  150
  TTLSGroupActionRef        grp-on
  TTLSEnvironmentActionRef  env-client
}

TTLSGroupAction  grp-on
{
  TTLSEnabled    On
  Trace          2
}

TTLSEnvironmentAction  env-tn3270
{
  TTLSKeyringParms
  {
    Keyring            START1/TN3270
  }
  HandshakeRole        ServerWithClientAuth
  TTLSCipherParmsRef   suites-tls12-13
  TTLSEnvironmentAdvancedParms
  {
    TLSv1              Off
    TLSv1.1            Off
    TLSv1.2            On
    TLSv1.3            On
    HandshakeTimeout   10
    ClientAuthType     Required
  }
}

TTLSEnvironmentAction  env-client
{
  TTLSKeyringParms
  {
    Keyring            PAYXFER/ClientRing
  }
  HandshakeRole        Client
  TTLSCipherParmsRef   suites-tls12-13
  TTLSEnvironmentAdvancedParms
  {
    TLSv1              Off
    TLSv1.1            Off
    TLSv1.2            On
    TLSv1.3            On
  }
}

TTLSConnectionAction  conn-tn3270
{
  TTLSConnectionAdvancedParms
  {
    HandshakeTimeout  30
  }
}

TTLSCipherParms   suites-tls12-13
{
  V3CipherSuites  TLS_AES_256_GCM_SHA384
  V3CipherSuites  TLS_AES_128_GCM_SHA256
  V3CipherSuites  TLS_CHACHA20_POLY1305_SHA256
  V3CipherSuites  TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384
  V3CipherSuites  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384
  V3CipherSuites  TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256
  V3CipherSuites  TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256
}
./ ADD NAME=DMDCONF
DmConfig
{
  DefensiveFilterDirectory  /var/dm/filters
}

DmStackConfig  TCPIP
{
  Mode         Simulate
}
./ ADD NAME=PROFNET1
; Network part of the TCPIP profile on S0W1, kept in native syntax (znet
; checks it and builds it as written, as member PROFNET1). The main
; profile includes it with INCLUDE SYS1.S0W1.TCPPARMS(PROFNET1).
TCPCONFIG TTLS
;
INTERFACE VIPA1
  DEFINE VIRTUAL
  IPADDR 10.1.1.1
INTERFACE ETH1
  DEFINE IPAQENET
  CHPIDTYPE OSD
  PORTNAME PORTA
  IPADDR 10.1.1.2/24
  SOURCEVIPAINTERFACE VIPA1
;
BEGINROUTES
  ROUTE 10.1.1.0/24  =          ETH1  MTU 1492
  ROUTE DEFAULT      10.1.1.254 ETH1  MTU 1492
ENDROUTES
;
PORT
  4000 TCP TN3270     ; TN3270 over AT-TLS
;
START ETH1
./ ADD NAME=PAGENTI
# Image configuration for stack TCPIP (written by znet)
TTLSConfig  //'SYS1.S0W1.TCPPARMS(TTLSTCP)'
./ ADD NAME=PAGENT
# PAGENT main configuration for S0W1 (written by znet)
LogLevel  31
CodePage  IBM-1047

TcpImage  TCPIP //'SYS1.S0W1.TCPPARMS(PAGENTI)'
./ ADD NAME=PAGENTEV
PAGENT_CONFIG_FILE=//'SYS1.S0W1.TCPPARMS(PAGENT)'
./ ENDUP
$$
