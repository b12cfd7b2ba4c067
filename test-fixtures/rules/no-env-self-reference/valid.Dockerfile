FROM debian:12.5
ARG BLA
ENV BLA=${BLA}
ENV PATH=/bla:${PATH}
ENV A="blubb" B="${AFOO}/x" C='$A' D=\$A
ENV E=1
ENV F=$E
