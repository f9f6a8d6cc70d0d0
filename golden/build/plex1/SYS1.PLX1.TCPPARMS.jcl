//ZNETLOAD JOB (ACCT),'ZNET LOAD',CLASS=A,MSGCLASS=X
//* Loads 10 member(s) into SYS1.PLX1.TCPPARMS. Written by znet.
//LOAD     EXEC PGM=IEBUPDTE,PARM=NEW
//SYSPRINT DD SYSOUT=*
//SYSUT2   DD DISP=SHR,DSN=SYS1.PLX1.TCPPARMS
//SYSIN    DD DATA,DLM=$$
./ ADD NAME=TTLSCOMM
TTLSGroupAction  grp-on
{
  TTLSEnabled    On
  Trace          2
}

TTLSGroupAction  grp-off
{
  TTLSEnabled    Off
}

TTLSEnvironmentAction    env-server
{
  TTLSKeyringParms
  {
    Keyring              TCPIP/SharedRing
  }
  HandshakeRole          Server
  TTLSCipherParmsRef     suites-modern
  TTLSSignatureParmsRef  sig-modern
  TTLSEnvironmentAdvancedParms
  {
    TLSv1                Off
    TLSv1.1              Off
    TLSv1.2              On
    TLSv1.3              On
  }
}

TTLSEnvironmentAction    env-client
{
  TTLSKeyringParms
  {
    Keyring              TCPIP/SharedRing
  }
  HandshakeRole          Client
  TTLSCipherParmsRef     suites-modern
  TTLSSignatureParmsRef  sig-modern
  TTLSEnvironmentAdvancedParms
  {
    TLSv1                Off
    TLSv1.1              Off
    TLSv1.2              On
    TLSv1.3              On
    ClientHandshakeSNI   Required
  }
}

TTLSCipherParms        suites-modern
{
  V3CipherSuites4Char  130213011303C02CC030C02BC02F
}

TTLSSignatureParms      sig-modern
{
  ClientKeyShareGroups  00290023
  ServerKeyShareGroups  002900230024
  SignaturePairs        0806080508040603050304030601050104010503
}

IpAddrSet  net-mgmt
{
  Prefix   10.10.0.0/16
}
./ ADD NAME=TTLSA
TTLSRule                    TN3270
{
  LocalPortRange            992
  Direction                 Inbound
  Priority                  300
  TTLSGroupActionRef        grp-on
  TTLSEnvironmentActionRef  env-server
}

TTLSRule                    FTP-Server
{
  LocalPortRange            21
  Jobname                   FTPD*
  Direction                 Inbound
  Priority                  250
  TTLSGroupActionRef        grp-on
  TTLSEnvironmentActionRef  env-ftp
}

TTLSRule                    MQ-Channels-Out
{
  RemoteAddrSetRef          net-mgmt
  RemotePortRange           1414-1420
  Jobname                   CSQ1CHIN
  Direction                 Outbound
  Priority                  200
  TTLSGroupActionRef        grp-on
  TTLSEnvironmentActionRef  env-client
}

TTLSEnvironmentAction      env-ftp
{
  TTLSKeyringParms
  {
    Keyring                FTPD/FTPRing
  }
  HandshakeRole            Server
  TTLSCipherParmsRef       suites-modern
  TTLSEnvironmentAdvancedParms
  {
    TLSv1                  Off
    TLSv1.1                Off
    TLSv1.2                On
    ApplicationControlled  On
    SecondaryMap           On
  }
}
./ ADD NAME=IPSECA
IpFilterPolicy
{
  PreDecap         Off
  IpFilterRuleRef  permit-mgmt
  IpFilterRuleRef  permit-tn3270
  IpFilterRuleRef  permit-ftp
  IpFilterRuleRef  deny-rest
}

IpFilterRule                permit-mgmt
{
  IpSourceAddrSetRef        net-mgmt
  IpDestAddr                All4
  IpGenericFilterActionRef  permit-log
}

IpFilterRule                permit-tn3270
{
  IpSourceAddr              All4
  IpDestAddr                All4
  IpService
  {
    Protocol                Tcp
    DestinationPortRange    992
    Direction               InboundConnect
    Routing                 Local
  }
  IpGenericFilterActionRef  permit-nolog
}

IpFilterRule                permit-ftp
{
  IpSourceAddr              All4
  IpDestAddr                All4
  IpService
  {
    Protocol                Tcp
    DestinationPortRange    20 21
    Direction               Bidirectional
    Routing                 Local
  }
  IpGenericFilterActionRef  permit-nolog
}

IpFilterRule                deny-rest
{
  IpSourceAddr              All
  IpDestAddr                All
  IpGenericFilterActionRef  deny-log
}

IpGenericFilterAction  permit-log
{
  IpFilterAction       Permit
  IpFilterLogging      Yes
}

IpGenericFilterAction  permit-nolog
{
  IpFilterAction       Permit
  IpFilterLogging      No
}

IpGenericFilterAction  deny-log
{
  IpFilterAction       Deny
  IpFilterLogging      Yes
}

IpAddrSet  net-mgmt
{
  Prefix   10.10.0.0/16
}
./ ADD NAME=TTLSB
TTLSRule                    Payments-In
{
  LocalPortRange            8443
  Direction                 Inbound
  Priority                  300
  TTLSGroupActionRef        grp-on
  TTLSEnvironmentActionRef  env-server
}

TTLSRule              Health-Check-Clear
{
  RemoteAddrSetRef    net-mgmt
  LocalPortRange      8080
  Direction           Inbound
  Priority            310
  TTLSGroupActionRef  grp-off
}

TTLSEnvironmentAction    env-server
{
  TTLSKeyringParms
  {
    Keyring              PAYGW/PaymentsRing
  }
  HandshakeRole          ServerWithClientAuth
  TTLSCipherParmsRef     suites-modern
  TTLSSignatureParmsRef  sig-modern
  TTLSEnvironmentAdvancedParms
  {
    TLSv1                Off
    TLSv1.1              Off
    TLSv1.2              On
    TLSv1.3              On
    ClientAuthType       Required
  }
}
./ ADD NAME=DMDCONF
DmConfig
{
  DefensiveFilterDirectory  /var/dm/filters
}

DmStackConfig  TCPIP
{
  Mode         Active
}

DmStackConfig  TCPIPB
{
  Mode         Active
}
./ ADD NAME=PROFNETA
; Network part of the TCPIP profile on PLX1, included from the main
; profile with INCLUDE SYS1.PLX1.TCPPARMS(PROFNETA).
IPCONFIG IPSECURITY SOURCEVIPA
TCPCONFIG TTLS

; The static VIPA, the OSA-Express port and HiperSockets.
INTERFACE VIPA1 DEFINE VIRTUAL IPADDR 10.10.1.1
INTERFACE OSAETH1 DEFINE IPAQENET CHPIDTYPE OSD PORTNAME OSAPRT1
  IPADDR 10.10.2.21/24 SOURCEVIPAINTERFACE VIPA1 VLANID 100
  INBPERF DYNAMIC
INTERFACE HSIQDF4 DEFINE IPAQIDIO CHPID F4 IPADDR 10.10.9.21/24

BEGINROUTES
  ROUTE 10.10.2.0/24 = OSAETH1 MTU 1492
  ROUTE DEFAULT 10.10.2.1 OSAETH1 MTU 1492
  ROUTE 10.10.9.0/24 = HSIQDF4 MTU 8192
ENDROUTES

; Default IP filter rules, used until Policy Agent has installed policy:
; management subnet to SSH, and ping.
IPSEC LOGENABLE
  IPSECRULE 10.10.1.1 10.10.0.0/16 PROTOCOL TCP SRCPORT 22
  IPSECRULE * * NOLOG PROTOCOL ICMP
ENDIPSEC

; Ports reserved for the jobs that serve them.
PORT
  22 TCP SSHD* ; OpenSSH
  992 TCP TN3270 ; TN3270 over AT-TLS

START OSAETH1
START HSIQDF4
./ ADD NAME=PAGENTA
# Image configuration for stack TCPIP (written by znet)
TTLSConfig   //'SYS1.PLX1.TCPPARMS(TTLSA)'
IpSecConfig  //'SYS1.PLX1.TCPPARMS(IPSECA)'
./ ADD NAME=PAGENTB
# Image configuration for stack TCPIPB (written by znet)
TTLSConfig  //'SYS1.PLX1.TCPPARMS(TTLSB)'
./ ADD NAME=PAGENT
# PAGENT main configuration for PLX1 (written by znet)
LogLevel  31
CodePage  IBM-1047

CommonTTLSConfig  //'SYS1.PLX1.TCPPARMS(TTLSCOMM)'
TcpImage          TCPIP //'SYS1.PLX1.TCPPARMS(PAGENTA)'
TcpImage          TCPIPB //'SYS1.PLX1.TCPPARMS(PAGENTB)'
./ ADD NAME=PAGENTEV
PAGENT_CONFIG_FILE=//'SYS1.PLX1.TCPPARMS(PAGENT)'
./ ENDUP
$$
